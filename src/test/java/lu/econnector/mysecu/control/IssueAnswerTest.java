package lu.econnector.mysecu.control;

import static lu.econnector.mysecu.control.SandboxSts.ENROLMENT_PORTAL;
import static lu.econnector.mysecu.control.SandboxSts.professional;
import static lu.econnector.mysecu.control.SandboxSts.server;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import lu.econnector.auth.entity.Professional;
import lu.econnector.mysecu.entity.SamlAssertion;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.upstream.control.UpstreamFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** What the STS may answer, read without trusting it: faults, hostile XML, and a genuine answer in another layout. */
@ExtendWith(SandboxExtension.class)
class IssueAnswerTest {

    private static final String PS_CODE = "90812100";
    private static final String ENVELOPE = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<soap:Body>%s</soap:Body></soap:Envelope>";

    @TempDir
    Path folder;

    @Test
    void invalidRequestFaultIs502WithItsCodeWhateverThePrefix() {
        UpstreamFailure failure = catchThrowableOfType(UpstreamFailure.class, () -> read(500,
                fault("<faultcode xmlns:t=\"http://docs.oasis-open.org/ws-sx/ws-trust/200512\">t:InvalidRequest"
                        + "</faultcode><faultstring>bad</faultstring>")));

        assertThat(failure.status()).isEqualTo(502);
        assertThat(failure.codes()).containsExactly("wst:InvalidRequest");
    }

    @Test
    void failedAuthenticationFaultIs403WhateverThePrefix() {
        MySecuRefusalException refusal = catchThrowableOfType(MySecuRefusalException.class, () -> read(500,
                fault("<faultcode xmlns:trust=\"http://docs.oasis-open.org/ws-sx/ws-trust/200512\">"
                        + "trust:FailedAuthentication</faultcode><faultstring>token eyJhbGciOi...</faultstring>")));

        assertThat(refusal.status()).isEqualTo(403);
        assertThat(refusal.getMessage()).contains(ENROLMENT_PORTAL.toString()).doesNotContain("eyJ");
    }

    @Test
    void failedAuthenticationOfAnotherNamespaceIsNotARefusal() {
        UpstreamFailure failure = catchThrowableOfType(UpstreamFailure.class, () -> read(500,
                fault("<faultcode xmlns:wst=\"urn:elsewhere\">wst:FailedAuthentication</faultcode>")));

        assertThat(failure.codes()).containsExactly("FailedAuthentication");
    }

    @Test
    void externalEntityIsNeverReadAndIs502() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "SECRET-MARKER");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]>" + ENVELOPE.formatted("<x>&xxe;</x>");

        UpstreamFailure failure = catchThrowableOfType(UpstreamFailure.class, () -> read(200, xxe));

        assertThat(failure.status()).isEqualTo(502);
        assertThat(failure.getMessage()).contains("DOCTYPE").doesNotContain("SECRET-MARKER");
        assertThat(failure.getCause()).isNull();
    }

    @Test
    void entityExpansionIsRefusedAtTheDoctype() {
        StringBuilder laughs = new StringBuilder("<!DOCTYPE r [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = laughs.append("]><r>&l9;</r>").toString();

        assertThat(catchThrowableOfType(UpstreamFailure.class, () -> read(200, bomb)).status()).isEqualTo(502);
    }

    @Test
    void http500WithoutSoapFaultIsUnavailable() {
        assertThat(catchThrowableOfType(UpstreamFailure.class,
                () -> read(500, "<html><body>Internal error</body></html>")).status()).isEqualTo(503);
    }

    @Test
    void httpClientErrorIs502() {
        assertThat(catchThrowableOfType(UpstreamFailure.class, () -> read(404, "")).status()).isEqualTo(502);
    }

    @Test
    void answerWithoutAssertionIs502() {
        String empty = ENVELOPE.formatted("<wst:RequestSecurityTokenResponseCollection "
                + "xmlns:wst=\"http://docs.oasis-open.org/ws-sx/ws-trust/200512\"/>");

        assertThat(catchThrowableOfType(UpstreamFailure.class, () -> read(200, empty)).getMessage())
                .contains("no SAML 2.0 assertion");
    }

    @Test
    void jsonIs502() {
        assertThat(catchThrowableOfType(UpstreamFailure.class, () -> read(200, "{\"token\":1}")).status())
                .isEqualTo(502);
    }

    /**
     * The STS may declare the SAML namespace on the Envelope rather than on the assertion: the
     * serialised assertion must carry the declaration, or it would not even parse at mySecu.
     */
    @Test
    void assertionKeepsTheNamespacesItInheritsAndItsSignatureVerifies() throws Exception {
        String genuine = genuineAnswer(professional("dr.muller"));
        String saml2 = " xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\"";
        assertThat(genuine).containsOnlyOnce(saml2);
        String inherited = genuine.replace(saml2, "").replace("<soap:Envelope ", "<soap:Envelope" + saml2 + " ");

        SamlAssertion assertion = read(200, inherited);

        Document reparsed = HardenedXml.parse(assertion.xml().getBytes(StandardCharsets.UTF_8));
        assertThat(SandboxSts.verifies(reparsed.getDocumentElement(),
                server().ca().sts().certificate().getPublicKey())).isTrue();
    }

    private static SamlAssertion read(int status, String body) {
        return IssueAnswer.read(status, body.getBytes(StandardCharsets.UTF_8), PS_CODE, ENROLMENT_PORTAL);
    }

    private static String fault(String content) {
        return ENVELOPE.formatted("<soap:Fault>" + content + "</soap:Fault>");
    }

    /** The STS's answer as it came, signed request and all, for tests that rearrange it. */
    private static String genuineAnswer(Professional professional) throws Exception {
        Document request = IssueRequest.onBehalfOf(professional.accessToken());
        SandboxSts.genericSigner().sign(request);
        URI endpoint = URI.create(SandboxSts.stsUrl().toString().replace("?wsdl", ""));
        HttpResponse<String> answer = SandboxSts.trustingHttp().send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(HardenedXml.bytes(request))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }
}
