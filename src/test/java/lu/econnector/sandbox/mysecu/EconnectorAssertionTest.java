package lu.econnector.sandbox.mysecu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import lu.econnector.mysecu.control.SamlAssertionCache;
import lu.econnector.mysecu.control.SandboxSts;
import lu.econnector.mysecu.entity.SamlAssertion;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/**
 * What the eConnector's STS client and assertion cache hand out, as text, goes back to
 * mySecu in a syncexchange request and is accepted: its STS signature survived the trip.
 */
@ExtendWith(SandboxExtension.class)
class EconnectorAssertionTest {

    @Test
    void cachedAssertionIsAcceptedBySyncExchange() throws Exception {
        SandboxServer server = SandboxExtension.running().server();
        SamlAssertion cached = new SamlAssertionCache(SandboxSts.client(Duration.ofSeconds(5))::issue, Clock.systemUTC(),
                SamlAssertionCache.MARGIN)
                .assertionFor(SandboxSts.professional("dr.muller"));
        Element assertion = Soap.parse(new ByteArrayInputStream(cached.xml().getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        byte[] pdf = ExchangeClient.pdf(2048, 7);

        HttpResponse<String> answer = new ExchangeClient(server).sendMtom(
                ExchangeClient.envelope(assertion, "sts-client-1", pdf, ExchangeClient.sha256(pdf), true), pdf);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("ACCEPTED");
        assertThat(server.mySecu().deposits().list()).singleElement()
                .satisfies(deposit -> assertThat(deposit.psCode()).isEqualTo("90812100"));
    }
}
