package lu.econnector.auth.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * After a fetch from AeS failed, a short pause during which callers are told at once that
 * AeS is unavailable, instead of each trying again and waiting out a full timeout: an
 * unreachable AeS then costs the API one timeout per pause, not one per request.
 */
final class OutageBackoff {

    /** Short enough that a recovered AeS is noticed at once, long enough to shed a burst of requests. */
    static final Duration PAUSE = Duration.ofSeconds(5);

    private final Clock clock;
    private volatile Instant failedAt;

    OutageBackoff(Clock clock) {
        this.clock = clock;
    }

    boolean pausing() {
        Instant failed = failedAt;
        return failed != null && clock.instant().isBefore(failed.plus(PAUSE));
    }

    void failed() {
        failedAt = clock.instant();
    }

    void succeeded() {
        failedAt = null;
    }
}
