package lu.econnector.mysecu.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import lu.econnector.auth.entity.Professional;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.mysecu.entity.SamlAssertion;
import lu.econnector.upstream.control.UpstreamHttp;
import org.w3c.dom.Document;

/**
 * The mySecu Security Token Service (docs/upstreams.md 4.1): a WS-Trust 1.3 Issue of a SAML 2.0
 * assertion on behalf of the professional, signed with the generic certificate, posted as
 * SOAP 1.1 over HTTPS (the JDK's client, not Metro: the request is signed as a DOM, and the
 * answer read as one). The call is bounded as a whole by the read timeout and the answer by
 * {@link #MAX_ANSWER_BYTES}. Neither cached nor guarded here: {@link SamlAssertionCache} is the
 * way in, {@link MySecuClient} the circuit and the metrics.
 */
@ApplicationScoped
public class SecurityTokenServiceClient {

    /** An assertion is a few KB; anything far larger is not an answer. */
    static final long MAX_ANSWER_BYTES = 1L << 20;

    private UpstreamHttp http;
    private URI endpoint;
    private Duration deadline;
    private GenericCertificateSigner signer;
    private URI enrolmentPortal;

    /** For CDI's proxy. */
    protected SecurityTokenServiceClient() {
    }

    @Inject
    public SecurityTokenServiceClient(EconnectorConfig config, UpstreamHttp http) {
        this(http, config.mySecu().stsUrl(), config.limits().readTimeout(),
                GenericCertificateSigner.load(config.mySecu().genericKeystore()), config.mySecu().enrolmentPortal());
    }

    /**
     * @param stsUrl   {@code CCSS_URL}; its query ({@code ?wsdl}, which names the WSDL) is dropped
     * @param deadline for the whole call, answer included
     */
    public SecurityTokenServiceClient(UpstreamHttp http, URI stsUrl, Duration deadline,
                                      GenericCertificateSigner signer, URI enrolmentPortal) {
        this.http = http;
        this.endpoint = URI.create(stsUrl.toString().replaceFirst("[?#].*$", ""));
        this.deadline = deadline;
        this.signer = signer;
        this.enrolmentPortal = enrolmentPortal;
    }

    /**
     * A new assertion for the professional, on behalf of their AeS access token.
     *
     * @throws MySecuRefusalException when mySecu refuses the professional (403)
     * @throws lu.econnector.upstream.control.UpstreamFailure when the STS fails (502, 503, 504)
     */
    public SamlAssertion issue(Professional professional) {
        Document request = IssueRequest.onBehalfOf(professional.accessToken());
        signer.sign(request);
        UpstreamHttp.Answer answer = http.exchange(
                new UpstreamHttp.Call(MySecuClient.UPSTREAM, "The mySecu STS", MAX_ANSWER_BYTES, deadline),
                HttpRequest.newBuilder(endpoint)
                        .header("Content-Type", "text/xml; charset=utf-8")
                        .header("SOAPAction", "\"" + WsTrust.ISSUE_ACTION + "\"")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(HardenedXml.bytes(request))));
        return IssueAnswer.read(answer.status(), answer.body(), professional.psCode(), enrolmentPortal);
    }
}
