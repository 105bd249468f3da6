package lu.econnector.mysecu.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import lu.econnector.auth.entity.Professional;
import lu.econnector.config.boundary.UpstreamTrust;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.mysecu.entity.SamlAssertion;
import lu.econnector.platform.BoundedBody;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.w3c.dom.Document;

/**
 * The mySecu Security Token Service (docs/upstreams.md 4.1): a WS-Trust 1.3 Issue of a SAML 2.0
 * assertion on behalf of the professional, signed with the generic certificate, posted as
 * SOAP 1.1 over HTTPS. The call is bounded as a whole by the read timeout (a dribbling
 * answer would outlast the HTTP client's own timeout, which stops at the headers) and the
 * answer by {@link #MAX_ANSWER_BYTES}. Not cached here: {@link SamlAssertionCache} is the way in.
 */
@ApplicationScoped
public class SecurityTokenServiceClient {

    /** An assertion is a few KB; anything far larger is not an answer. */
    static final long MAX_ANSWER_BYTES = 1L << 20;

    private HttpClient client;
    private URI endpoint;
    private Duration deadline;
    private GenericCertificateSigner signer;
    private URI enrolmentPortal;

    /** For CDI's proxy. */
    protected SecurityTokenServiceClient() {
    }

    @Inject
    public SecurityTokenServiceClient(EconnectorConfig config, UpstreamTrust trust) {
        this(trust.httpClient(), config.mySecu().stsUrl(), config.limits().readTimeout(),
                GenericCertificateSigner.load(config.mySecu().genericKeystore()), config.mySecu().enrolmentPortal());
    }

    /**
     * @param stsUrl   {@code CCSS_URL}; its query ({@code ?wsdl}, which names the WSDL) is dropped
     * @param deadline for the whole call, answer included
     */
    public SecurityTokenServiceClient(HttpClient client, URI stsUrl, Duration deadline,
                                      GenericCertificateSigner signer, URI enrolmentPortal) {
        this.client = client;
        this.endpoint = URI.create(stsUrl.toString().replaceFirst("[?#].*$", ""));
        this.deadline = deadline;
        this.signer = signer;
        this.enrolmentPortal = enrolmentPortal;
    }

    /**
     * A new assertion for the professional, on behalf of their AeS access token.
     *
     * @throws MySecuRefusalException when mySecu refuses the professional (403)
     * @throws MySecuFailureException when the STS fails (502, 503, 504)
     */
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5_000, successThreshold = 2,
            failOn = MySecuFailureException.class)
    public SamlAssertion issue(Professional professional) {
        Document request = IssueRequest.onBehalfOf(professional.accessToken());
        signer.sign(request);
        HttpResponse<byte[]> answer = post(HardenedXml.bytes(request));
        return IssueAnswer.read(answer.statusCode(), answer.body(), professional.psCode(), enrolmentPortal);
    }

    private HttpResponse<byte[]> post(byte[] envelope) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(deadline)
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"" + WsTrust.ISSUE_ACTION + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(envelope))
                .build();
        CompletableFuture<HttpResponse<byte[]>> response = client.sendAsync(request,
                BoundedBody.handler(MAX_ANSWER_BYTES));
        try {
            return response.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw timeout(e);
        } catch (ExecutionException e) {
            throw transportFailure(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw MySecuFailureException.unavailable("The call to the mySecu STS was interrupted", e);
        }
    }

    private RuntimeException transportFailure(Throwable cause) {
        if (cause instanceof BoundedBody.TooLargeException) {
            return MySecuFailureException.badAnswer("The mySecu STS answer exceeds " + MAX_ANSWER_BYTES + " bytes",
                    List.of(), cause);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return MySecuFailureException.unavailable("The mySecu STS accepted no connection in time", cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return timeout(cause);
        }
        if (cause instanceof ConnectException) {
            return MySecuFailureException.unavailable("The mySecu STS refused the connection", cause);
        }
        if (cause instanceof SSLException) {
            return MySecuFailureException.unavailable("The mySecu STS failed the TLS handshake "
                    + "(is its certificate trusted?)", cause);
        }
        return MySecuFailureException.unavailable("The mySecu STS could not be reached ("
                + cause.getClass().getSimpleName() + ")", cause);
    }

    private MySecuFailureException timeout(Throwable cause) {
        return MySecuFailureException.timeout("The mySecu STS gave no complete answer within "
                + deadline.toMillis() + " ms", cause);
    }
}
