package lu.econnector.health.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import lu.econnector.auth.control.AesClient;
import lu.econnector.auth.control.IssuerDiscovery;
import lu.econnector.auth.control.SilentAes;
import lu.econnector.config.boundary.UpstreamTrust;
import lu.econnector.config.control.ConfigLookup;
import lu.econnector.config.control.ConfigReader;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.platform.Upstream;
import lu.econnector.upstream.control.UpstreamHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A round of probes lasts about one probe timeout, whatever an upstream does not answer. */
class ProbeRoundTest {

    private static final Duration PROBE_TIMEOUT = Duration.ofMillis(1000);
    /** Far longer than a probe: what a round must not wait for. */
    private static final Duration READ_TIMEOUT = Duration.ofMillis(8000);

    private SilentAes aes;
    private ExecutorService executor;

    @BeforeEach
    void start() throws Exception {
        aes = new SilentAes();
        executor = Executors.newCachedThreadPool();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
        aes.close();
    }

    @Test
    void aSilentDiscoveryHoldsTheRoundNoLongerThanProbesDo() {
        EconnectorConfig config = config();
        UpstreamTrust trust = new UpstreamTrust(config);
        ProbeRound cut = new ProbeRound(config, new ReachabilityProbe(trust.httpClient(), PROBE_TIMEOUT), executor,
                new IssuerDiscovery(config, new AesClient(new UpstreamHttp(trust.httpClient()), config.aes().issuer(),
                        config.limits().readTimeout(), (upstream, operation, nanos, failed) -> { })));

        long start = System.nanoTime();
        Map<Upstream, List<ReachabilityProbe.Outcome>> outcomes = cut.run();

        // The discovery wait and the document's probe, one after the other, plus scheduling.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PROBE_TIMEOUT.multipliedBy(2).plusMillis(2500));
        assertThat(outcomes.get(Upstream.AES)).singleElement()
                .satisfies(outcome -> assertThat(outcome.problem()).isEqualTo("no answer within 1000 ms"));
    }

    private EconnectorConfig config() {
        Map<String, String> values = new HashMap<>();
        values.put("SPRING_PROFILES_ACTIVE", "sandbox");
        values.put("AES_ISSUER_URL", aes.realm("silent").toString());
        // The other upstreams: a loopback port that nothing serves, refused at once.
        for (String url : List.of("KMS_GET_CERTIFICATE_URL", "KMS_SIGN_URL", "KMS_TIMESTAMP_URL", "CCSS_URL",
                "CCSS_SYNC_URL", "SYNC_EXCHANGE_WSDL", "IHUB_URL")) {
            values.put(url, "http://127.0.0.1:9/" + url.toLowerCase());
        }
        values.put("UPSTREAM_READ_TIMEOUT_MS", String.valueOf(READ_TIMEOUT.toMillis()));
        values.put("HEALTH_PROBE_TIMEOUT_MS", String.valueOf(PROBE_TIMEOUT.toMillis()));
        values.put("TRUSTSTORE_KMS_FILENAME", "unused.p12");
        values.put("GENERIC_KEYSTORE_FILE", "unused.p12");
        values.put("GENERIC_KEYSTORE_PWD", "unused");
        return ConfigReader.read(ConfigLookup.withProfileDefaults(ConfigLookup.of(values)));
    }
}
