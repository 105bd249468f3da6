package lu.econnector.mysecu.control;

import static lu.econnector.mysecu.control.SandboxSts.client;
import static lu.econnector.mysecu.control.SandboxSts.professional;
import static lu.econnector.mysecu.control.SandboxSts.server;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lu.econnector.SettableClock;
import lu.econnector.auth.entity.Professional;
import lu.econnector.mysecu.entity.SamlAssertion;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.fault.Fault;
import lu.econnector.sandbox.mysecu.MySecuSimulator;
import lu.econnector.upstream.control.UpstreamFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The assertion cache over the sandbox STS: how many Issue requests the STS sees is what counts. */
@ExtendWith(SandboxExtension.class)
class SamlAssertionCacheTest {

    private static final Duration MARGIN = SamlAssertionCache.MARGIN;

    private final SettableClock clock = new SettableClock(Instant.now());
    private final SamlAssertionCache cut = new SamlAssertionCache(client(Duration.ofSeconds(5))::issue, clock, MARGIN);
    private final Professional muller = professional("dr.muller");

    @Test
    void tenRequestsWithinTheLifetimeCauseOneStsCall() {
        SamlAssertion first = cut.assertionFor(muller);
        for (int i = 1; i < 10; i++) {
            clock.advance(Duration.ofMinutes(5));
            assertThat(cut.assertionFor(muller)).isSameAs(first);
        }

        assertThat(stsCalls()).isEqualTo(1);
    }

    @Test
    void tenConcurrentRequestsCauseOneStsCall() throws Exception {
        // The STS answers slowly, so that all ten arrive while the first call is under way.
        server().faults().inject(MySecuSimulator.UPSTREAM, "sts", Fault.delay(Duration.ofMillis(300)));
        ExecutorService threads = Executors.newFixedThreadPool(10);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<SamlAssertion>> results = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                results.add(threads.submit(() -> {
                    start.await();
                    return cut.assertionFor(professional("dr.muller"));
                }));
            }
            start.countDown();
            SamlAssertion first = results.get(0).get();
            for (Future<SamlAssertion> result : results) {
                assertThat(result.get()).isSameAs(first);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(stsCalls()).isEqualTo(1);
    }

    @Test
    void anAssertionIsReusedUntilTheMarginBeforeNotOnOrAfterThenRenewed() {
        SamlAssertion first = cut.assertionFor(muller);

        clock.set(first.notOnOrAfter().minus(MARGIN).minusSeconds(1));
        assertThat(cut.assertionFor(muller)).isSameAs(first);
        clock.set(first.notOnOrAfter().minus(MARGIN));
        SamlAssertion renewed = cut.assertionFor(muller);

        assertThat(renewed).isNotSameAs(first);
        assertThat(renewed.subject()).isEqualTo("90812100");
        assertThat(stsCalls()).isEqualTo(2);
    }

    /** The cache is keyed by subject and ps_code, never by the ps_code alone. */
    @Test
    void aTokenNamingTheSamePsCodeUnderAnotherSubjectGetsItsOwnAssertion() {
        SamlAssertion mullers = cut.assertionFor(muller);
        Professional sameCodeOtherSubject = new Professional("another-subject", muller.username(), muller.name(),
                muller.psCode(), muller.matricule(), muller.clientId(), muller.accessToken());

        assertThat(cut.assertionFor(sameCodeOtherSubject)).isNotSameAs(mullers);
        assertThat(cut.assertionFor(muller)).isSameAs(mullers);
        assertThat(stsCalls()).isEqualTo(2);
    }

    @Test
    void anAssertionShorterLivedThanTheMarginIsNeverReused() {
        server().mySecu().sts().assertionLifetime(Duration.ofSeconds(30));

        cut.assertionFor(muller);
        cut.assertionFor(muller);

        assertThat(stsCalls()).isEqualTo(2);
    }

    @Test
    void aFailureIsNotCached() {
        server().faults().inject(MySecuSimulator.UPSTREAM, "sts", Fault.httpStatus(503));
        assertThatThrownBy(() -> cut.assertionFor(muller)).isInstanceOf(UpstreamFailure.class);
        server().faults().clear();

        SamlAssertion assertion = cut.assertionFor(muller);

        // Injected faults answer before the STS counts: this one call came after the failure.
        assertThat(assertion.subject()).isEqualTo("90812100");
        assertThat(stsCalls()).isEqualTo(1);
    }

    @Test
    void aRefusalIsNotCachedEither() {
        Professional refused = professional("dr.nomysecu");

        assertThatThrownBy(() -> cut.assertionFor(refused)).isInstanceOf(MySecuRefusalException.class);
        assertThatThrownBy(() -> cut.assertionFor(refused)).isInstanceOf(MySecuRefusalException.class);

        assertThat(stsCalls()).isEqualTo(2);
    }

    @Test
    void eachProfessionalHasTheirOwnAssertion() {
        SamlAssertion mullers = cut.assertionFor(muller);
        SamlAssertion webers = cut.assertionFor(professional("dr.weber"));

        assertThat(mullers.subject()).isEqualTo("90812100");
        assertThat(webers.subject()).isEqualTo("90812201");
        assertThat(cut.assertionFor(muller)).isSameAs(mullers);
        assertThat(stsCalls()).isEqualTo(2);
    }

    @Test
    void aForgottenAssertionIsAskedForAgain() {
        SamlAssertion first = cut.assertionFor(muller);

        cut.forget(muller);

        assertThat(cut.assertionFor(muller)).isNotSameAs(first);
        assertThat(stsCalls()).isEqualTo(2);
    }

    private static int stsCalls() {
        return server().mySecu().sts().issueRequests();
    }
}
