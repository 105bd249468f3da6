package lu.econnector.config.control;

import static lu.econnector.config.entity.Setting.ECONNECTOR_CLUSTER;
import static lu.econnector.config.entity.Setting.ECONNECTOR_CLUSTER_MEMBERS;
import static lu.econnector.config.entity.Setting.ECONNECTOR_CLUSTER_NAME;
import static lu.econnector.config.entity.Setting.ECONNECTOR_CLUSTER_PORT;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import lu.econnector.config.entity.ConfigProblem;
import lu.econnector.config.entity.EconnectorConfig.Cluster;

/**
 * The data grid settings. Discovery is by a list of members rather than multicast: multicast
 * crosses into any other Payara cluster on the network (and is blocked on most container
 * networks), while a list joins exactly the replicas named.
 */
final class ClusterSettings {

    /** Payara Micro's own first data grid port. */
    static final int DEFAULT_PORT = 6900;
    static final String DEFAULT_NAME = "econnector";
    private static final Pattern MEMBER = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]+):(\\d{1,5})");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private ClusterSettings() {
    }

    static Cluster read(ConfigLookup lookup, SettingParser parse, List<ConfigProblem> problems) {
        if (!parse.flag(ECONNECTOR_CLUSTER, false)) {
            return Cluster.OFF;
        }
        int port = parse.port(ECONNECTOR_CLUSTER_PORT, DEFAULT_PORT);
        return new Cluster(true, members(lookup, problems), port, name(lookup, problems));
    }

    private static List<String> members(ConfigLookup lookup, List<ConfigProblem> problems) {
        List<String> members = lookup.get(ECONNECTOR_CLUSTER_MEMBERS.name()).stream()
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::trim).filter(m -> !m.isEmpty())
                .toList();
        if (members.isEmpty()) {
            problems.add(new ConfigProblem(ECONNECTOR_CLUSTER_MEMBERS.name(), "is required when ECONNECTOR_CLUSTER is"
                    + " true: list the replicas' data grid addresses as host:port, comma-separated"));
        }
        members.stream().filter(member -> !isMember(member)).forEach(member -> problems.add(new ConfigProblem(
                ECONNECTOR_CLUSTER_MEMBERS.name(), "'" + member + "' is not host:port")));
        return members;
    }

    private static boolean isMember(String member) {
        var matcher = MEMBER.matcher(member);
        return matcher.matches() && Integer.parseInt(matcher.group(2)) >= 1 && Integer.parseInt(matcher.group(2)) <= 65_535;
    }

    private static String name(ConfigLookup lookup, List<ConfigProblem> problems) {
        String name = lookup.get(ECONNECTOR_CLUSTER_NAME.name()).orElse(DEFAULT_NAME);
        if (!NAME.matcher(name).matches()) {
            problems.add(new ConfigProblem(ECONNECTOR_CLUSTER_NAME.name(), "'" + name
                    + "' is not 1 to 64 letters, digits, '.', '_' or '-'"));
        }
        return name;
    }
}
