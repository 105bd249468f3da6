package lu.econnector.auth.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lu.econnector.SettableClock;
import lu.econnector.activity.control.RecordedCalls;
import lu.econnector.config.boundary.UpstreamTrust;
import lu.econnector.config.control.ConfigLookup;
import lu.econnector.config.control.ConfigReader;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.upstream.control.UpstreamFailure;
import lu.econnector.upstream.control.UpstreamHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An AeS that accepts connections and never answers must cost the API one read timeout, not
 * one per waiting request: concurrent validations share the fetch in flight (discovery or
 * keys) and all fail with 503 when it does.
 */
class UnreachableAesTest {

    static final Duration READ_TIMEOUT = Duration.ofMillis(1500);
    /** Thread start-up and scheduling on a busy machine; far below a second timeout. */
    static final Duration MARGIN = Duration.ofMillis(2500);
    private static final int CONCURRENT_REQUESTS = 8;

    private SilentAes aes;
    private RecordedCalls calls;
    private ExecutorService callers;

    @BeforeEach
    void start() throws Exception {
        aes = new SilentAes();
        calls = new RecordedCalls();
        callers = Executors.newFixedThreadPool(CONCURRENT_REQUESTS);
        warmUp();
    }

    /** The JVM's first HTTP call and JSON parse take seconds on a busy machine: not what is measured. */
    private void warmUp() {
        validator(config("keyless")).discovery.document();
        aes.discoveryRequests.set(0);
        calls = new RecordedCalls();
    }

    @AfterEach
    void stop() {
        callers.shutdownNow();
        aes.close();
    }

    @Test
    void concurrentValidationsShareOneSilentDiscoveryAndAllFailWithinOneReadTimeout() throws Exception {
        AccessTokenValidator cut = validator(config("silent"));
        String token = token();

        List<Object> outcomes = concurrently(() -> cut.validate(token));

        assertThat(outcomes).hasSize(CONCURRENT_REQUESTS).allSatisfy(outcome ->
                assertThat(outcome).isInstanceOf(UpstreamFailure.class));
        assertThat(aes.discoveryRequests).hasValue(1);
        assertThat(calls.calls()).as("the console's AeS counters").containsExactly(
                new RecordedCalls.Call("aes", "discovery", true));
    }

    @Test
    void concurrentValidationsShareOneSilentKeyFetchAndAllFailWithinOneReadTimeout() throws Exception {
        AccessTokenValidator cut = validator(config("keyless"));
        String token = token();
        cut.discovery.document(); // known, as after an earlier request: the keys are what does not come

        List<Object> outcomes = concurrently(() -> cut.validate(token));

        assertThat(outcomes).hasSize(CONCURRENT_REQUESTS).allSatisfy(outcome ->
                assertThat(outcome).isInstanceOf(UpstreamFailure.class));
        assertThat(aes.jwksRequests).hasValue(1);
        assertThat(calls.calls()).as("the console's AeS counters").containsExactly(
                new RecordedCalls.Call("aes", "discovery", false), new RecordedCalls.Call("aes", "jwks", true));
    }

    @Test
    void afterAFailedDiscoveryRequestsAreRefusedAtOnceUntilThePauseEnds() throws Exception {
        SettableClock clock = new SettableClock(Instant.parse("2026-12-02T10:00:00Z"));
        AccessTokenValidator cut = validator(config("silent"));
        cut.discovery.clock = clock;
        String token = token();
        assertThatThrownBy(() -> cut.validate(token)).isInstanceOf(UpstreamFailure.class)
                .hasMessageContaining("did not answer");

        long start = System.nanoTime();
        assertThatThrownBy(() -> cut.validate(token)).isInstanceOf(UpstreamFailure.class)
                .hasMessageContaining("moments ago");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
        assertThat(aes.discoveryRequests).hasValue(1);

        clock.advance(OutageBackoff.PAUSE);
        assertThatThrownBy(() -> cut.validate(token)).isInstanceOf(UpstreamFailure.class)
                .hasMessageContaining("did not answer");
        assertThat(aes.discoveryRequests).hasValue(2);
    }

    /** Runs the call on every caller thread at once; each outcome is its result or its exception. */
    private List<Object> concurrently(Callable<?> call) throws Exception {
        long start = System.nanoTime();
        List<Future<Object>> running = new ArrayList<>();
        for (int i = 0; i < CONCURRENT_REQUESTS; i++) {
            running.add(callers.submit(() -> {
                try {
                    return call.call();
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> outcome : running) {
            outcomes.add(outcome.get());
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("all %d calls answered within", CONCURRENT_REQUESTS)
                .isLessThan(READ_TIMEOUT.plus(MARGIN));
        return outcomes;
    }

    private EconnectorConfig config(String realm) {
        Map<String, String> values = new HashMap<>();
        values.put("SPRING_PROFILES_ACTIVE", "sandbox");
        values.put("AES_ISSUER_URL", aes.realm(realm).toString());
        values.put("UPSTREAM_CONNECT_TIMEOUT_MS", "1000");
        values.put("UPSTREAM_READ_TIMEOUT_MS", String.valueOf(READ_TIMEOUT.toMillis()));
        // Neither store is opened here: the JVM's trust suffices for plain HTTP on loopback.
        values.put("TRUSTSTORE_KMS_FILENAME", "unused.p12");
        values.put("GENERIC_KEYSTORE_FILE", "unused.p12");
        values.put("GENERIC_KEYSTORE_PWD", "unused");
        return ConfigReader.read(ConfigLookup.withProfileDefaults(ConfigLookup.of(values)));
    }

    private AccessTokenValidator validator(EconnectorConfig config) {
        AesClient aes = new AesClient(new UpstreamHttp(new UpstreamTrust(config).httpClient()), config.aes().issuer(),
                config.limits().readTimeout(), calls);
        AccessTokenValidator validator = new AccessTokenValidator();
        validator.config = config;
        validator.aesClient = aes;
        validator.discovery = new IssuerDiscovery(config, aes);
        return validator;
    }

    /** A well-formed RS256 token with a key id: its verification needs AeS's keys. */
    private static String token() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("unknown-to-the-cache").generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().subject("dr.muller").build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
