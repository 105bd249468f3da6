package lu.econnector.upstream.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An open circuit, as the caller sees it: 503 naming the upstream, and when to come back. */
class UpstreamCircuitTest {

    @Test
    void anOpenCircuitIs503WithRetryAfterTheConfiguredDelay() {
        UpstreamFailure open = new UpstreamCircuit(UpstreamCircuit.DELAY_MILLIS).open("kms", "The KMS (sign-data)", null);

        assertThat(open.status()).isEqualTo(503);
        assertThat(open.upstream()).isEqualTo("kms");
        assertThat(open.getMessage()).isEqualTo(
                "The KMS (sign-data) failed repeatedly: its circuit is open, calls resume after 5 s");
        assertThat(open.headers()).containsEntry("Retry-After", "5");
    }

    @Test
    void aDelayOfPartSecondsIsRoundedUpSoThatTheRetryFindsTheCircuitHalfOpen() {
        UpstreamFailure open = new UpstreamCircuit(7_200).open("mysecu", "mySecu's syncexchange", null);

        assertThat(open.headers()).containsEntry("Retry-After", "8");
    }
}
