package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SigningCertificatesTest {

    private Instant now = Instant.parse("2026-11-28T10:00:00Z");
    private final AtomicInteger fetches = new AtomicInteger();
    private final SigningCertificates cut = new SigningCertificates(new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private List<X509Certificate> fromKms() {
        fetches.incrementAndGet();
        return List.of();
    }

    @Test
    void aChainIsKeptForAMinute() {
        cut.chainOf("90812100", this::fromKms);
        now = now.plus(SigningCertificates.FRESHNESS).minusSeconds(1);
        cut.chainOf("90812100", this::fromKms);

        assertThat(fetches).hasValue(1);
    }

    @Test
    void anOlderChainIsFetchedAgain() {
        cut.chainOf("90812100", this::fromKms);
        now = now.plus(SigningCertificates.FRESHNESS);
        cut.chainOf("90812100", this::fromKms);

        assertThat(fetches).hasValue(2);
    }

    @Test
    void aForgottenChainIsFetchedAgainAndEachProfessionalHasTheirs() {
        cut.chainOf("90812100", this::fromKms);
        cut.chainOf("90812201", this::fromKms);
        cut.forget("90812100");
        cut.chainOf("90812100", this::fromKms);

        assertThat(fetches).hasValue(3);
    }
}
