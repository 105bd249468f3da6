package lu.econnector.upstream.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings every upstream's circuit breaker shares, and what an open circuit means to the
 * caller. The clients' {@code @CircuitBreaker} annotations take their defaults from the
 * constants here; MicroProfile Fault Tolerance reads an operator's overrides from MicroProfile
 * Config, for all breakers at once ({@code CircuitBreaker/delay}, environment variable
 * {@code CIRCUITBREAKER_DELAY}) or for one ({@code <client class>/<method>/CircuitBreaker/delay}).
 * The circuit counts an upstream's failures ({@link UpstreamFailure}), never its refusals of a
 * professional or a document: those prove it works.
 */
@ApplicationScoped
public class UpstreamCircuit {

    /** How many of the latest calls are weighed. */
    public static final int REQUEST_VOLUME = 8;
    /** The share of them failing that opens the circuit. */
    public static final double FAILURE_RATIO = 0.5;
    /** How long an open circuit refuses calls before it lets a trial call through. */
    public static final long DELAY_MILLIS = 5_000;
    /** Trial calls that must succeed before the circuit closes again. */
    public static final int SUCCESS_THRESHOLD = 2;

    static final String DELAY_KEY = "CircuitBreaker/delay";

    private long delayMillis = DELAY_MILLIS;

    /** For CDI's proxy. */
    protected UpstreamCircuit() {
    }

    @Inject
    public UpstreamCircuit(@ConfigProperty(name = DELAY_KEY, defaultValue = "" + DELAY_MILLIS) long delayMillis) {
        this.delayMillis = delayMillis;
    }

    /**
     * The caller's answer while the upstream's circuit is open: 503, with {@code Retry-After}
     * when the circuit lets a trial call through.
     *
     * @param subject who failed: {@code "The KMS (sign-data)"}
     */
    public UpstreamFailure open(String upstream, String subject, Throwable open) {
        long seconds = Math.max(1, (delayMillis + 999) / 1000);
        return UpstreamFailure.unavailable(upstream, subject + " failed repeatedly: its circuit is open, "
                + "calls resume after " + seconds + " s", open).retryAfter(seconds);
    }
}
