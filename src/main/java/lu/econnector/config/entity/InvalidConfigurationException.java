package lu.econnector.config.entity;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown at startup when the configuration cannot be used; fails the deployment. */
public class InvalidConfigurationException extends RuntimeException {

    private final transient List<ConfigProblem> problems;

    public InvalidConfigurationException(List<ConfigProblem> problems) {
        super("eConnector cannot start: " + problems.stream()
                .map(ConfigProblem::line)
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
