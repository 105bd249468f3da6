package lu.econnector.config.control;

import java.util.ArrayList;
import java.util.List;
import lu.econnector.config.entity.ConfigProblem;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.config.entity.InvalidConfigurationException;

/**
 * The outcome of reading and checking the configuration, shared by {@link Preflight} and
 * the deployment-time gate so that both refuse the same things with the same words.
 *
 * @param config null when the configuration could not even be read
 */
public record StartupVerdict(EconnectorConfig config, List<ConfigProblem> problems, boolean licenceAccepted) {

    public static final String REFUSAL_PREFIX = "eConnector cannot start: ";

    public static StartupVerdict of(ConfigLookup lookup, boolean requireSaasKeystore) {
        boolean licenceAccepted = lookup.get("ACCEPT_LICENSE").map("true"::equalsIgnoreCase).orElse(false);
        try {
            EconnectorConfig config = ConfigReader.read(lookup);
            return new StartupVerdict(config, StartupChecks.run(config, requireSaasKeystore), licenceAccepted);
        } catch (InvalidConfigurationException e) {
            List<ConfigProblem> problems = new ArrayList<>(e.problems());
            if (!licenceAccepted) {
                problems.add(0, StartupChecks.LICENCE_NOT_ACCEPTED);
            }
            return new StartupVerdict(null, problems, licenceAccepted);
        }
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    /** What to print: the terms first when they are not accepted, then one line per problem. */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        if (!licenceAccepted) {
            lines.add(LicenceTerms.text());
        }
        problems.forEach(problem -> lines.add(REFUSAL_PREFIX + problem.line()));
        return lines;
    }
}
