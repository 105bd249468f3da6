package lu.econnector.sandbox.fault;

import java.time.Duration;

/**
 * What a simulated operation does wrong until cleared. Latency adds to whatever else
 * happens; then, in this order: the connection is closed without an answer ({@code reset}),
 * or the given HTTP status is answered ({@code status} &gt; 0), or a 200 with a body that
 * does not parse ({@code malformed}), or the real answer whose body trickles out a byte at a
 * time for {@code trickle} before the rest follows: every read gets a byte well within any
 * read timeout, so only a deadline on the whole answer stops the wait.
 */
public record Fault(Duration latency, int status, boolean malformed, boolean reset, Duration trickle) {

    public Fault(Duration latency, int status, boolean malformed, boolean reset) {
        this(latency, status, malformed, reset, Duration.ZERO);
    }

    public static Fault delay(Duration latency) {
        return new Fault(latency, 0, false, false);
    }

    public static Fault httpStatus(int status) {
        return new Fault(Duration.ZERO, status, false, false);
    }

    public static Fault malformedBody() {
        return new Fault(Duration.ZERO, 0, true, false);
    }

    public static Fault connectionReset() {
        return new Fault(Duration.ZERO, 0, false, true);
    }

    public static Fault trickle(Duration trickle) {
        return new Fault(Duration.ZERO, 0, false, false, trickle);
    }
}
