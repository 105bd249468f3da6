package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import lu.econnector.SettableClock;
import org.junit.jupiter.api.Test;

class SigningCertificatesTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private final AtomicInteger fetches = new AtomicInteger();
    private final SigningCertificates cut = new SigningCertificates(clock);

    private List<X509Certificate> fromKms() {
        fetches.incrementAndGet();
        return List.of();
    }

    @Test
    void aChainIsKeptForAMinute() {
        cut.chainOf("90812100", this::fromKms);
        clock.advance(SigningCertificates.FRESHNESS.minusSeconds(1));
        cut.chainOf("90812100", this::fromKms);

        assertThat(fetches).hasValue(1);
    }

    @Test
    void anOlderChainIsFetchedAgain() {
        cut.chainOf("90812100", this::fromKms);
        clock.advance(SigningCertificates.FRESHNESS);
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
