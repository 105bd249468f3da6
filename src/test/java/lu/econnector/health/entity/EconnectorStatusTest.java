package lu.econnector.health.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import lu.econnector.platform.Upstream;
import org.junit.jupiter.api.Test;

class EconnectorStatusTest {

    private static ProbeResult result(Upstream upstream, Availability availability) {
        return new ProbeResult(upstream, availability, 3, Instant.parse("2026-11-28T10:00:00Z"), null);
    }

    @Test
    void allUpIsUp() {
        EconnectorStatus cut = EconnectorStatus.of("1.0", "sandbox", List.of(result(Upstream.AES, Availability.UP),
                result(Upstream.IHUB, Availability.UP)));

        assertThat(cut.status()).isEqualTo(Availability.UP);
        assertThat(cut.usable()).isTrue();
    }

    @Test
    void iHubDownOnlyDegrades() {
        EconnectorStatus cut = EconnectorStatus.of("1.0", "sandbox", List.of(result(Upstream.AES, Availability.UP),
                result(Upstream.IHUB, Availability.DEGRADED)));

        assertThat(cut.status()).isEqualTo(Availability.DEGRADED);
        assertThat(cut.usable()).isTrue();
    }

    @Test
    void aRequiredUpstreamDownMakesItUnusable() {
        EconnectorStatus cut = EconnectorStatus.of("1.0", "sandbox", List.of(result(Upstream.KMS, Availability.DOWN),
                result(Upstream.IHUB, Availability.UP)));

        assertThat(cut.status()).isEqualTo(Availability.DOWN);
        assertThat(cut.usable()).isFalse();
    }
}
