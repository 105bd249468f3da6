package lu.econnector.health.entity;

import java.time.Instant;
import lu.econnector.platform.Upstream;

/**
 * The last probe of one upstream.
 *
 * @param detail why it is not up, in words safe to show anyone ("connection refused",
 *               "HTTP 503"); null when up
 */
public record ProbeResult(Upstream upstream, Availability availability, long latencyMillis, Instant checkedAt,
                          String detail) {
}
