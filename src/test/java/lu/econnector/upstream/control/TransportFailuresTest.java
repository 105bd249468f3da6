package lu.econnector.upstream.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.ws.WebServiceException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLHandshakeException;
import javax.xml.stream.XMLStreamException;
import lu.econnector.platform.ProblemType;
import lu.econnector.upstream.control.UpstreamFailure.Kind;
import org.junit.jupiter.api.Test;

/** One reading of the wire's failures, whichever HTTP stack met them and however it wrapped them. */
class TransportFailuresTest {

    private static final Duration DEADLINE = Duration.ofMillis(1500);

    @Test
    void noConnectionMakesTheUpstreamUnavailable() {
        assertThat(reason(new ConnectException("Connection refused")))
                .isEqualTo(new TransportFailures.Reason(Kind.UNAVAILABLE, "connection refused"));
        assertThat(reason(new HttpConnectTimeoutException("connect timed out")).kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(reason(new UnknownHostException("kms.example")).text()).isEqualTo("host not found");
        assertThat(reason(new SSLHandshakeException("PKIX path building failed")).text()).startsWith("TLS handshake failed");
        assertThat(reason(new SocketException("Connection reset")).text())
                .isEqualTo("the connection ended without an answer");
    }

    @Test
    void noAnswerInTimeIsATimeoutNamingTheDeadline() {
        assertThat(reason(new HttpTimeoutException("request timed out")))
                .isEqualTo(new TransportFailures.Reason(Kind.TIMEOUT, "no answer within 1500 ms"));
        assertThat(reason(new SocketTimeoutException("Read timed out")).kind()).isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void metrosWrappingIsSeenThrough() {
        WebServiceException metro = new WebServiceException(new IOException(new SocketTimeoutException("Read timed out")));

        assertThat(reason(metro).kind()).isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void anUnreadableAnswerIsNoTransportFailure() {
        assertThat(TransportFailures.recognise(new WebServiceException(new XMLStreamException("a DTD")), DEADLINE))
                .isNull();
    }

    @Test
    void theFailureNamesTheUpstreamWithTheStatusOfItsKind() {
        UpstreamFailure failure = TransportFailures.of("kms", "The KMS (sign-data)",
                new CompletionException(new HttpTimeoutException("request timed out")), DEADLINE);

        assertThat(failure.upstream()).isEqualTo("kms");
        assertThat(failure.status()).isEqualTo(504);
        assertThat(failure.type()).isEqualTo(ProblemType.UPSTREAM_TIMEOUT);
        assertThat(failure.getMessage()).isEqualTo("The KMS (sign-data) did not answer: no answer within 1500 ms");
    }

    private static TransportFailures.Reason reason(Throwable thrown) {
        return TransportFailures.recognise(thrown, DEADLINE);
    }
}
