package lu.econnector.sandbox.fault;

import java.time.Duration;

/**
 * What a simulated operation does wrong until cleared. Latency adds to whatever else
 * happens; then, in this order: the connection is closed without an answer ({@code reset}),
 * or the given HTTP status is answered ({@code status} &gt; 0), or a 200 with a body that
 * does not parse ({@code malformed}).
 */
public record Fault(Duration latency, int status, boolean malformed, boolean reset) {

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
}
