package lu.econnector.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lu.econnector.config.control.ActiveProfile;
import lu.econnector.config.control.ConfigLookup;
import lu.econnector.config.control.ProfileDefaults;
import lu.econnector.config.entity.Setting;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each overlay of {@code deploy/kubernetes}, rendered by {@code kubectl kustomize} and read
 * into fabric8's Kubernetes model, where a misspelt or misplaced field would go unnoticed
 * until the rollout. Then what the manifests promise: probes on the application's health
 * checks at its real port, secrets and stores read-only, and no way out but DNS and the
 * profile's upstreams.
 */
class KubernetesManifestsTest {

    private static final Path KUSTOMIZE = Path.of("deploy/kubernetes");
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "ConfigMap", ConfigMap.class, "Service", Service.class, "Deployment", Deployment.class,
            "PodDisruptionBudget", PodDisruptionBudget.class, "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "NetworkPolicy", NetworkPolicy.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private record Rendered(List<HasMetadata> objects) {

        <T extends HasMetadata> T one(Class<T> type) {
            List<T> found = objects.stream().filter(type::isInstance).map(type::cast).toList();
            assertThat(found).as(type.getSimpleName()).hasSize(1);
            return found.get(0);
        }

        <T extends HasMetadata> T named(Class<T> type, String name) {
            List<T> found = objects.stream().filter(type::isInstance).map(type::cast)
                    .filter(object -> object.getMetadata().getName().equals(name)).toList();
            assertThat(found).as(type.getSimpleName() + " " + name).hasSize(1);
            return found.get(0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"integration", "prod"})
    void everyObjectReadsIntoTheModelWithoutAnUnknownField(String overlay) throws Exception {
        assertThat(render(overlay).objects()).extracting(HasMetadata::getKind)
                .containsAll(KINDS.keySet()).hasSize(KINDS.size() + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"integration", "prod"})
    void theProbesAskTheApplicationsHealthChecksOnTheServerPort(String overlay) throws Exception {
        Rendered rendered = render(overlay);
        Container container = container(rendered);
        int serverPort = Integer.parseInt(environment(rendered).get(Setting.SERVER_PORT.name()));

        assertThat(https(container).getContainerPort()).isEqualTo(serverPort);
        assertProbe(container.getStartupProbe(), "/health/started", Startup.class);
        assertProbe(container.getReadinessProbe(), "/health/ready", Readiness.class);
        assertProbe(container.getLivenessProbe(), "/health/live", Liveness.class);
        assertThat(rendered.named(Service.class, "econnector").getSpec().getPorts()).singleElement()
                .satisfies(port -> assertThat(port.getTargetPort().getStrVal()).isEqualTo("https"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"integration", "prod"})
    void theReplicasFormOneDataGridFoundByTheHeadlessServicesName(String overlay) throws Exception {
        Rendered rendered = render(overlay);
        Map<String, String> environment = environment(rendered);
        Service grid = rendered.named(Service.class, environment.get(Setting.ECONNECTOR_CLUSTER_DNS_NAME.name()));
        int gridPort = Integer.parseInt(environment.get(Setting.ECONNECTOR_CLUSTER_PORT.name()));
        Map<String, String> podLabels = rendered.one(Deployment.class).getSpec().getTemplate().getMetadata().getLabels();

        assertThat(environment).containsEntry(Setting.ECONNECTOR_CLUSTER.name(), "true")
                .doesNotContainKey(Setting.ECONNECTOR_CLUSTER_MEMBERS.name());
        assertThat(grid.getSpec().getClusterIP()).as("headless: its name answers with the pods' addresses")
                .isEqualTo("None");
        assertThat(grid.getSpec().getPublishNotReadyAddresses()).isTrue();
        assertThat(podLabels).containsAllEntriesOf(grid.getSpec().getSelector());
        assertThat(grid.getSpec().getPorts()).singleElement().satisfies(port -> {
            assertThat(port.getPort()).isEqualTo(gridPort);
            assertThat(port.getTargetPort().getStrVal()).isEqualTo("grid");
        });
        assertThat(container(rendered).getPorts()).anySatisfy(port -> {
            assertThat(port.getName()).isEqualTo("grid");
            assertThat(port.getContainerPort()).isEqualTo(gridPort);
        });
        NetworkPolicy policy = rendered.one(NetworkPolicy.class);
        assertThat(policy.getSpec().getIngress()).anySatisfy(rule -> {
            assertThat(rule.getFrom()).singleElement().satisfies(peer ->
                    assertThat(podLabels).containsAllEntriesOf(selectorLabels(peer)));
            assertThat(rule.getPorts()).singleElement().satisfies(port ->
                    assertThat(port.getPort().getIntVal()).isEqualTo(gridPort));
        });
        assertThat(policy.getSpec().getEgress()).anySatisfy(rule -> {
            assertThat(rule.getTo()).singleElement().satisfies(peer ->
                    assertThat(podLabels).containsAllEntriesOf(selectorLabels(peer)));
            assertThat(rule.getPorts()).singleElement().satisfies(port ->
                    assertThat(port.getPort().getIntVal()).isEqualTo(gridPort));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"integration", "prod"})
    void secretsAndStoresAreMountedReadOnlyAndNoSecretIsInTheEnvironment(String overlay) throws Exception {
        Rendered rendered = render(overlay);
        Container container = container(rendered);
        Map<String, String> environment = environment(rendered);
        List<VolumeMount> readOnly = container.getVolumeMounts().stream()
                .filter(mount -> Boolean.TRUE.equals(mount.getReadOnly())).toList();

        for (Setting setting : Setting.values()) {
            if (setting.secret()) {
                assertThat(environment).as("a secret in a ConfigMap").doesNotContainKey(setting.name());
            }
        }
        List<String> files = new ArrayList<>();
        environment.forEach((name, value) -> {
            if (name.endsWith("_FILE") || name.equals("SAAS_KEYSTORE") || name.equals("UPSTREAM_TLS_TRUSTSTORE")
                    || name.equals("TRUSTSTORE_KMS_FILENAME")) {
                files.add(value);
            }
        });
        assertThat(files).hasSizeGreaterThanOrEqualTo(6).allSatisfy(file -> assertThat(readOnly)
                .as(file + " under a read-only mount").anyMatch(mount -> file.startsWith(mount.getMountPath() + "/")));
        PodSpec pod = rendered.one(Deployment.class).getSpec().getTemplate().getSpec();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).containsKey("memory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"integration", "prod"})
    void theOnlyWayOutIsDnsTheDataGridAndTheProfilesUpstreamPorts(String overlay) throws Exception {
        Rendered rendered = render(overlay);
        ProfileDefaults defaults = ProfileDefaults.of(ActiveProfile.resolve(ConfigLookup.of(environment(rendered))));
        Set<Integer> upstreamPorts = new TreeSet<>();
        defaults.values().values().stream().filter(value -> value.startsWith("https://")).map(URI::create)
                .forEach(url -> upstreamPorts.add(url.getPort() == -1 ? 443 : url.getPort()));
        NetworkPolicy policy = rendered.one(NetworkPolicy.class);

        assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        Set<Integer> egressPorts = new TreeSet<>();
        for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress()) {
            assertThat(rule.getPorts()).as("an egress rule without ports opens every port").isNotEmpty();
            rule.getPorts().stream().map(NetworkPolicyPort::getPort).forEach(port -> egressPorts.add(port.getIntVal()));
        }
        Set<Integer> expected = new TreeSet<>(upstreamPorts);
        expected.add(53);
        int gridPort = Integer.parseInt(environment(rendered).get(Setting.ECONNECTOR_CLUSTER_PORT.name()));
        expected.add(gridPort);
        assertThat(egressPorts).isEqualTo(expected);
        Set<Integer> ingressPorts = new TreeSet<>();
        policy.getSpec().getIngress().forEach(rule -> rule.getPorts()
                .forEach(port -> ingressPorts.add(port.getPort().getIntVal())));
        assertThat(ingressPorts).containsExactlyInAnyOrder(https(container(rendered)).getContainerPort(), gridPort);
    }

    @ParameterizedTest
    @ValueSource(strings = {"integration", "prod"})
    void theSelectorsFindThePodsAndTheAutoscalerScalesTheDeployment(String overlay) throws Exception {
        Rendered rendered = render(overlay);
        Deployment deployment = rendered.one(Deployment.class);
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();

        assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
        assertThat(podLabels).containsAllEntriesOf(rendered.named(Service.class, "econnector").getSpec().getSelector());
        assertThat(podLabels).containsAllEntriesOf(rendered.one(PodDisruptionBudget.class).getSpec().getSelector()
                .getMatchLabels());
        assertThat(podLabels).containsAllEntriesOf(rendered.one(NetworkPolicy.class).getSpec().getPodSelector()
                .getMatchLabels());
        HorizontalPodAutoscaler autoscaler = rendered.one(HorizontalPodAutoscaler.class);
        assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
        assertThat(autoscaler.getSpec().getMinReplicas())
                .isLessThanOrEqualTo(autoscaler.getSpec().getMaxReplicas())
                .isGreaterThan(rendered.one(PodDisruptionBudget.class).getSpec().getMinAvailable().getIntVal());
    }

    private static void assertProbe(Probe probe, String path, Class<? extends Annotation> kind) throws IOException {
        assertThat(probe).as(path).isNotNull();
        HTTPGetAction get = probe.getHttpGet();
        assertThat(get.getPath()).isEqualTo(path);
        assertThat(get.getScheme()).isEqualTo("HTTPS");
        assertThat(get.getPort().getStrVal()).isEqualTo("https");
        assertThat(healthChecks(kind)).as("the application's @" + kind.getSimpleName() + " checks, which " + path
                + " reports").isNotEmpty();
    }

    /** The application's health checks of a kind (MicroProfile Health serves them under /health/...). */
    private static List<String> healthChecks(Class<? extends Annotation> kind) throws IOException {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes.resolve("lu/econnector"))) {
            return files.map(classes::relativize).map(Path::toString).filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .filter(name -> name.contains(".health.")).filter(name -> {
                        try {
                            return Class.forName(name, false, KubernetesManifestsTest.class.getClassLoader())
                                    .isAnnotationPresent(kind);
                        } catch (ClassNotFoundException | LinkageError e) {
                            return false;
                        }
                    }).toList();
        }
    }

    private static Map<String, String> selectorLabels(io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer peer) {
        assertThat(peer.getPodSelector()).as("a peer chosen by its pods' labels").isNotNull();
        assertThat(peer.getNamespaceSelector()).as("in the replicas' own namespace").isNull();
        return peer.getPodSelector().getMatchLabels();
    }

    private static io.fabric8.kubernetes.api.model.ContainerPort https(Container container) {
        return container.getPorts().stream().filter(port -> "https".equals(port.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no port named https"));
    }

    private static Container container(Rendered rendered) {
        List<Container> containers = rendered.one(Deployment.class).getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    /** The container's environment: its ConfigMap, which it must take whole. */
    private static Map<String, String> environment(Rendered rendered) {
        ConfigMap config = rendered.one(ConfigMap.class);
        assertThat(container(rendered).getEnvFrom()).singleElement().satisfies(source ->
                assertThat(source.getConfigMapRef().getName()).isEqualTo(config.getMetadata().getName()));
        return config.getData();
    }

    /** Rendered once per overlay: kubectl takes a second or two. */
    private static final Map<String, Rendered> RENDERED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Rendered render(String overlay) throws Exception {
        Rendered rendered = RENDERED.get(overlay);
        if (rendered == null) {
            rendered = renderAndRead(overlay);
            RENDERED.put(overlay, rendered);
        }
        return rendered;
    }

    private static Rendered renderAndRead(String overlay) throws Exception {
        String yaml = kustomize(KUSTOMIZE.resolve("overlays").resolve(overlay));
        List<HasMetadata> objects = new ArrayList<>();
        try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                String kind = document.path("kind").asText();
                assertThat(KINDS).as("a kind this test knows").containsKey(kind);
                HasMetadata object = YAML.treeToValue(document, KINDS.get(kind));
                assertThat(unknownFields(object, kind + " " + object.getMetadata().getName(), new HashSet<>()))
                        .as("fields that Kubernetes does not know").isEmpty();
                objects.add(object);
            }
        }
        return new Rendered(objects);
    }

    /** kubectl's built-in kustomize; {@code -Dkubectl=...} picks another kubectl. */
    private static String kustomize(Path overlay) throws Exception {
        String kubectl = System.getProperty("kubectl", "kubectl");
        Path errors = Files.createTempFile("kustomize", ".log");
        try {
            Process process;
            try {
                // Deprecation warnings go to stderr, apart from the YAML.
                process = new ProcessBuilder(kubectl, "kustomize", overlay.toString())
                        .redirectError(errors.toFile()).start();
            } catch (IOException notInstalled) {
                throw new AssertionError("kubectl is needed to render the manifests (" + notInstalled.getMessage()
                        + "); ./test installs Debian's kubernetes-client");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(Files.readString(errors)).isZero();
            return output;
        } finally {
            Files.delete(errors);
        }
    }

    /**
     * fabric8's model keeps fields it does not know in {@code additionalProperties} instead of
     * failing: every object of the graph is asked for them.
     */
    private static List<String> unknownFields(Object object, String path, Set<Object> seen) throws Exception {
        List<String> unknown = new ArrayList<>();
        if (object == null || !object.getClass().getName().startsWith("io.fabric8.") || !seen.add(object)) {
            return unknown;
        }
        for (Method getter : object.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object value = getter.invoke(object);
            String child = path + "." + getter.getName().substring(3);
            if (getter.getName().equals("getAdditionalProperties")) {
                ((Map<?, ?>) value).keySet().forEach(key -> unknown.add(path + "." + key));
            } else if (value instanceof Collection<?> items) {
                for (Object item : items) {
                    unknown.addAll(unknownFields(item, child + "[]", seen));
                }
            } else if (value instanceof Map<?, ?> map) {
                for (Object item : map.values()) {
                    unknown.addAll(unknownFields(item, child + "{}", seen));
                }
            } else {
                unknown.addAll(unknownFields(value, child, seen));
            }
        }
        return unknown;
    }
}
