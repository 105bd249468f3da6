package lu.econnector.config.control;

import static lu.econnector.config.entity.Setting.ECONNECTOR_CLUSTER;
import static lu.econnector.config.entity.Setting.ECONNECTOR_CLUSTER_DNS_NAME;
import static lu.econnector.config.entity.Setting.ECONNECTOR_CLUSTER_MEMBERS;
import static lu.econnector.config.entity.Setting.ECONNECTOR_CLUSTER_NAME;
import static lu.econnector.config.entity.Setting.ECONNECTOR_CLUSTER_PORT;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import lu.econnector.config.entity.ConfigProblem;
import lu.econnector.config.entity.EconnectorConfig.Cluster;

/**
 * The data grid settings. Discovery is by a list of members, or by one DNS name whose addresses
 * are the replicas (a Kubernetes headless Service), rather than multicast: multicast crosses into
 * any other Payara cluster on the network (and is blocked on most container networks), while a
 * list or a name joins exactly the replicas meant. DNS rather than the Kubernetes API: it needs
 * no service-account token in the pod, no RBAC role and no way out to the API server.
 */
final class ClusterSettings {

    /** Payara Micro's own first data grid port. */
    static final int DEFAULT_PORT = 6900;
    static final String DEFAULT_NAME = "econnector";
    private static final Pattern MEMBER = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]+):(\\d{1,5})");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern DNS_NAME = Pattern.compile("(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*"
            + "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?");

    private ClusterSettings() {
    }

    static Cluster read(ConfigLookup lookup, SettingParser parse, List<ConfigProblem> problems) {
        if (!parse.flag(ECONNECTOR_CLUSTER, false)) {
            return Cluster.OFF;
        }
        int port = parse.port(ECONNECTOR_CLUSTER_PORT, DEFAULT_PORT);
        Optional<String> dnsName = dnsName(lookup, problems);
        List<String> members = members(lookup, problems, dnsName.isPresent());
        return new Cluster(true, members, dnsName.orElse(null), port, name(lookup, problems));
    }

    private static Optional<String> dnsName(ConfigLookup lookup, List<ConfigProblem> problems) {
        Optional<String> name = lookup.get(ECONNECTOR_CLUSTER_DNS_NAME.name()).map(String::trim)
                .filter(value -> !value.isEmpty());
        name.filter(value -> !DNS_NAME.matcher(value).matches()).ifPresent(value -> problems.add(new ConfigProblem(
                ECONNECTOR_CLUSTER_DNS_NAME.name(), "'" + value + "' is not a DNS name")));
        return name;
    }

    private static List<String> members(ConfigLookup lookup, List<ConfigProblem> problems, boolean byDns) {
        List<String> members = lookup.get(ECONNECTOR_CLUSTER_MEMBERS.name()).stream()
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::trim).filter(m -> !m.isEmpty())
                .toList();
        if (byDns && !members.isEmpty()) {
            problems.add(new ConfigProblem(ECONNECTOR_CLUSTER_MEMBERS.name(), "and ECONNECTOR_CLUSTER_DNS_NAME are both"
                    + " set: the replicas are found either in a list or by a DNS name, not both"));
        }
        if (!byDns && members.isEmpty()) {
            problems.add(new ConfigProblem(ECONNECTOR_CLUSTER_MEMBERS.name(), "is required when ECONNECTOR_CLUSTER is"
                    + " true (unless ECONNECTOR_CLUSTER_DNS_NAME is): list the replicas' data grid addresses as"
                    + " host:port, comma-separated"));
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
