package lu.econnector.mysecu.control;

import static lu.econnector.mysecu.control.SandboxSts.ENROLMENT_PORTAL;
import static lu.econnector.mysecu.control.SandboxSts.client;
import static lu.econnector.mysecu.control.SandboxSts.professional;
import static lu.econnector.mysecu.control.SandboxSts.server;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import lu.econnector.auth.entity.Professional;
import lu.econnector.mysecu.entity.SamlAssertion;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.fault.Fault;
import lu.econnector.sandbox.mysecu.MySecuSimulator;
import lu.econnector.sandbox.mysecu.StsMisbehaviour;
import lu.econnector.upstream.control.UpstreamFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/** The STS client against the sandbox's mySecu STS, over real HTTPS, and each failure's problem. */
@ExtendWith(SandboxExtension.class)
class SecurityTokenServiceClientTest {

    private static final Duration DEADLINE = Duration.ofSeconds(2);

    private final SecurityTokenServiceClient cut = client(DEADLINE);

    @Test
    void mullerGetsAnStsSignedAssertionOnHisPsCodeForAboutAnHour() throws Exception {
        Professional muller = professional("dr.muller");

        SamlAssertion assertion = cut.issue(muller);

        assertThat(assertion.subject()).isEqualTo("90812100");
        assertThat(assertion.notOnOrAfter()).isBetween(Instant.now().plus(Duration.ofMinutes(59)),
                Instant.now().plus(Duration.ofMinutes(61)));
        assertThat(assertion.xml()).startsWith("<saml2:Assertion").doesNotContain(muller.accessToken());
        Element reparsed = HardenedXml.parse(assertion.xml().getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        assertThat(SandboxSts.verifies(reparsed, server().ca().sts().certificate().getPublicKey())).isTrue();
        assertThat(server().mySecu().sts().issueRequests()).isEqualTo(1);
    }

    @Test
    void professionalUnknownToMySecuIsRefusedWith403NamingTheEnrolmentPortal() {
        MySecuRefusalException refusal = catchThrowableOfType(MySecuRefusalException.class,
                () -> cut.issue(professional("dr.nomysecu")));

        assertThat(refusal.status()).isEqualTo(403);
        assertThat(refusal.upstream()).isEqualTo("mysecu");
        assertThat(refusal.getMessage()).contains("mySecu", ENROLMENT_PORTAL.toString());
    }

    @Test
    void xxeAnswerIs502AndItsEntityIsNotResolved() {
        server().mySecu().sts().misbehave(StsMisbehaviour.XXE);

        UpstreamFailure failure = catchThrowableOfType(UpstreamFailure.class,
                () -> cut.issue(professional("dr.muller")));

        assertThat(failure.status()).isEqualTo(502);
        assertThat(failure.getMessage()).contains("DOCTYPE").doesNotContain("root:");
        assertThat(failure.getCause()).isNull();
        assertThat(server().mySecu().sts().issueRequests()).isEqualTo(1);
    }

    @Test
    void assertionOnAnotherProfessionalIs502() {
        server().mySecu().sts().misbehave(StsMisbehaviour.FOREIGN_SUBJECT);

        assertBadAnswer(() -> cut.issue(professional("dr.muller")), "NameID");
    }

    @Test
    void soapFaultOtherThanFailedAuthenticationIs502WithItsCode() {
        // The sandbox's injected error answer is a soap:Server fault, with the status asked for.
        server().faults().inject(MySecuSimulator.UPSTREAM, "sts", Fault.httpStatus(500));

        UpstreamFailure failure = catchThrowableOfType(UpstreamFailure.class,
                () -> cut.issue(professional("dr.muller")));

        assertThat(failure.status()).isEqualTo(502);
        assertThat(failure.codes()).containsExactly("soap:Server");
    }

    @Test
    void http503Is503() {
        server().faults().inject(MySecuSimulator.UPSTREAM, "sts", Fault.httpStatus(503));

        assertStatus(() -> cut.issue(professional("dr.muller")), 503);
    }

    @Test
    void malformedAnswerIs502() {
        server().faults().inject(MySecuSimulator.UPSTREAM, "sts", Fault.malformedBody());

        assertBadAnswer(() -> cut.issue(professional("dr.muller")), "well-formed");
    }

    @Test
    void answerLaterThanTheDeadlineIs504WithinIt() {
        server().faults().inject(MySecuSimulator.UPSTREAM, "sts", Fault.delay(Duration.ofSeconds(3)));
        SecurityTokenServiceClient hurried = client(Duration.ofMillis(500));

        long started = System.nanoTime();
        assertStatus(() -> hurried.issue(professional("dr.muller")), 504);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void connectionClosedWithoutAnswerIs503() {
        server().faults().inject(MySecuSimulator.UPSTREAM, "sts", Fault.connectionReset());

        assertStatus(() -> cut.issue(professional("dr.muller")), 503);
    }

    @Test
    void refusedConnectionIs503() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SecurityTokenServiceClient nowhere = client(SandboxSts.trustingHttp(),
                URI.create("https://localhost:" + closedPort + "/ws/soap/trust?wsdl"), DEADLINE);

        UpstreamFailure failure = catchThrowableOfType(UpstreamFailure.class,
                () -> nowhere.issue(professional("dr.muller")));
        assertThat(failure.status()).isEqualTo(503);
        assertThat(failure.getMessage()).isEqualTo("The mySecu STS did not answer: connection refused");
    }

    @Test
    void untrustedServerCertificateIs503() {
        SecurityTokenServiceClient distrustful = client(HttpClient.newHttpClient(), SandboxSts.stsUrl(), DEADLINE);

        UpstreamFailure failure = catchThrowableOfType(UpstreamFailure.class,
                () -> distrustful.issue(professional("dr.muller")));
        assertThat(failure.status()).isEqualTo(503);
        assertThat(failure.getMessage()).contains("TLS");
        assertThat(server().mySecu().sts().issueRequests()).isZero();
    }

    private static void assertStatus(Runnable call, int status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(UpstreamFailure.class,
                failure -> assertThat(failure.status()).isEqualTo(status));
    }

    private static void assertBadAnswer(Runnable call, String detail) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(UpstreamFailure.class, failure -> {
            assertThat(failure.status()).isEqualTo(502);
            assertThat(failure.getMessage()).contains(detail);
        });
    }
}
