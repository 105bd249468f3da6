package lu.econnector.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each kind of injected fault, on a real simulated operation, and the HTTP control of faults. */
@ExtendWith(SandboxExtension.class)
class FaultInjectionTest {

    private static SandboxServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxExtension.running().server();
        http = HttpClient.newBuilder().sslContext(server.ca().clientContext()).build();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.base().resolve(path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String discovery() {
        return "auth/realms/default/.well-known/openid-configuration";
    }

    @Test
    void addedLatencyDelaysTheAnswer() throws Exception {
        server.faults().inject("aes", "discovery", Fault.delay(Duration.ofMillis(700)));

        long start = System.nanoTime();
        HttpResponse<String> response = get(discovery());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void aResetConnectionGivesNoAnswer() {
        server.faults().inject("aes", "discovery", Fault.connectionReset());

        assertThatThrownBy(() -> get(discovery())).isInstanceOf(IOException.class);
    }

    @Test
    void aMalformedBodyDoesNotParse() throws Exception {
        server.faults().inject("aes", "jwks", Fault.malformedBody());

        HttpResponse<String> response = get("auth/realms/default/protocol/openid-connect/certs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> Json.createReader(new StringReader(response.body())).readObject())
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void anErrorOnASoapOperationIsASoapFault() throws Exception {
        server.faults().inject("mysecu", "sts", Fault.httpStatus(500));

        HttpResponse<String> response = get("ws/soap/trust?wsdl");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("xml"));
        assertThat(response.body()).contains("<soap:Fault>").contains("soap:Server");
    }

    @Test
    void aFaultHitsOnlyItsOperationUnlessItNamesThemAll() throws Exception {
        server.faults().inject("aes", "jwks", Fault.httpStatus(503));
        assertThat(get(discovery()).statusCode()).isEqualTo(200);

        server.faults().inject("aes", Faults.ALL_OPERATIONS, Fault.httpStatus(502));
        assertThat(get(discovery()).statusCode()).isEqualTo(502);
        assertThat(get("auth/realms/default/protocol/openid-connect/certs").statusCode()).isEqualTo(503);
    }

    @Test
    void faultsAreSwitchedOverHttpToo() throws Exception {
        HttpResponse<String> set = http.send(HttpRequest.newBuilder(server.base().resolve("_sandbox/faults"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"upstream\":\"kms\",\"operation\":\"sign-data\","
                        + "\"status\":504}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(http.send(HttpRequest.newBuilder(server.base().resolve("api/v3/sign-data"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(504);

        HttpResponse<String> cleared = http.send(HttpRequest.newBuilder(server.base().resolve("_sandbox/faults"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(cleared.statusCode()).isEqualTo(204);
        assertThat(server.faults().active("kms", "sign-data")).isEmpty();
    }

    @Test
    void theCrlsOfTheCasAreServed() throws Exception {
        for (String crl : new String[] {"root-ca.crl", "signing-ca.crl", "timestamp-ca.crl"}) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(
                    server.base().resolve("pki/crl/" + crl)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCRL(new java.io.ByteArrayInputStream(response.body()))).isNotNull();
        }
    }
}
