package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import lu.econnector.SettableClock;
import lu.econnector.auth.entity.Professional;
import lu.econnector.signature.control.SigningCertificates.Holder;
import lu.econnector.upstream.control.UpstreamFailure;
import org.junit.jupiter.api.Test;

class SigningCertificatesTest {

    private static final Holder MULLER = new Holder("3f9c-muller", "90812100");

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private final AtomicInteger fetches = new AtomicInteger();
    private final SigningCertificates cut = new SigningCertificates(clock);

    private List<X509Certificate> fromKms() {
        fetches.incrementAndGet();
        return List.of();
    }

    @Test
    void aChainIsKeptForAMinute() {
        cut.chainOf(MULLER, this::fromKms);
        clock.advance(SigningCertificates.FRESHNESS.minusSeconds(1));
        cut.chainOf(MULLER, this::fromKms);

        assertThat(fetches).hasValue(1);
    }

    @Test
    void anOlderChainIsFetchedAgain() {
        cut.chainOf(MULLER, this::fromKms);
        clock.advance(SigningCertificates.FRESHNESS);
        cut.chainOf(MULLER, this::fromKms);

        assertThat(fetches).hasValue(2);
    }

    @Test
    void aForgottenChainIsFetchedAgainAndEachProfessionalHasTheirs() {
        Professional muller = new Professional(MULLER.subject(), "dr.muller", "Dr Anne Muller", MULLER.psCode(),
                "1978031204512", "sandbox-vendor", "token");
        cut.chainOf(Holder.of(muller), this::fromKms);
        cut.chainOf(new Holder("77ab-weber", "90812201"), this::fromKms);
        cut.forget(muller);
        cut.chainOf(Holder.of(muller), this::fromKms);

        assertThat(fetches).hasValue(3);
    }

    /** One ps_code under two AeS subjects, or one subject with another ps_code, is not one holder. */
    @Test
    void chainsAreKeptPerSubjectAndPsCodeTogether() {
        cut.chainOf(MULLER, this::fromKms);
        cut.chainOf(new Holder("other-account", MULLER.psCode()), this::fromKms);
        cut.chainOf(new Holder(MULLER.subject(), "90812201"), this::fromKms);

        assertThat(fetches).hasValue(3);
    }

    @Test
    void aChainTheCheckRejectsIsNotKept() {
        assertThatThrownBy(() -> cut.chainOf(MULLER, () -> {
            throw KmsAnswerRejection.of("names another professional");
        })).isInstanceOf(UpstreamFailure.class);

        cut.chainOf(MULLER, this::fromKms);

        assertThat(fetches).hasValue(1);
        assertThat(cut.size()).isEqualTo(1);
    }

    @Test
    void staleChainsOfOtherHoldersAreDroppedWhenAChainIsFetched() {
        for (int i = 0; i < 5; i++) {
            cut.chainOf(new Holder("subject-" + i, "90812100"), this::fromKms);
        }
        clock.advance(SigningCertificates.FRESHNESS);

        cut.chainOf(MULLER, this::fromKms);

        assertThat(cut.size()).isEqualTo(1);
    }
}
