package lu.econnector.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.TimestampType;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.validation.reports.Reports;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import lu.econnector.config.entity.PadesLevel;
import lu.econnector.sandbox.EconnectorOnSandbox;
import lu.econnector.signature.control.OfflineValidator;
import lu.econnector.signature.control.Pdfsig;
import lu.econnector.template.control.TemplateSamples;
import lu.econnector.template.control.XmpProvenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long-term signatures end to end: the WAR on Payara Micro, started through the launch script
 * with {@code SIGNATURE_LEVEL} at LT, then at LTA, signs an {@code mh} against a sandbox that
 * this test owns; then the sandbox (and the server) stop, and the PDF must verify with
 * nothing but itself: DSS in this JVM trusting the sandbox root only, with no CRL, OCSP or AIA
 * source, as a verifier would years after the CAs' services are gone. poppler's pdfsig checks
 * the signature's bytes independently. {@code /deposits} takes the PDF, whose validation data
 * and document timestamp follow the signature's byte range.
 *
 * <p>Not on the shared Arquillian server: the signature level is a start-up setting, and
 * stopping the shared sandbox would break the other tests.
 */
class LongTermSignatureIT {

    private static final Duration BOOT = Duration.ofMinutes(5);

    @TempDir
    Path work;

    @Test
    void anLtSignedFeeNoteVerifiesOfflineOnceTheSandboxHasStopped() throws Exception {
        Signed signed = signedBySandboxServerAt(PadesLevel.LT);

        Reports reports = OfflineValidator.validate(signed.pdf(), signed.root());

        assertSignature(reports, SignatureLevel.PAdES_BASELINE_LT);
        assertThat(timestamps(reports)).extracting(TimestampWrapper::getType)
                .containsExactly(TimestampType.SIGNATURE_TIMESTAMP);
        assertEveryTimestampPassed(reports);

        List<String> pdfsig = pdfsig(signed.pdf(), "lt.pdf");
        assertThat(pdfsig).hasSize(1);
        assertThat(pdfsig.get(0)).contains("Signer Certificate Common Name: Dr Anne Muller")
                .contains("Signature Validation: Signature is Valid.")
                // The DSS dictionary is an incremental update after the signed byte range.
                .contains("Not total document signed");
    }

    @Test
    void anLtaSignedFeeNoteVerifiesOfflineOnceTheSandboxHasStopped() throws Exception {
        Signed signed = signedBySandboxServerAt(PadesLevel.LTA);

        Reports reports = OfflineValidator.validate(signed.pdf(), signed.root());

        assertSignature(reports, SignatureLevel.PAdES_BASELINE_LTA);
        assertThat(timestamps(reports)).extracting(TimestampWrapper::getType)
                .containsExactlyInAnyOrder(TimestampType.SIGNATURE_TIMESTAMP, TimestampType.DOCUMENT_TIMESTAMP);
        assertEveryTimestampPassed(reports);

        List<String> pdfsig = pdfsig(signed.pdf(), "lta.pdf");
        assertThat(pdfsig).hasSize(2);
        assertThat(pdfsig.get(0)).contains("Signer Certificate Common Name: Dr Anne Muller")
                .contains("Signature Validation: Signature is Valid.").contains("Not total document signed");
        // poppler 22 does not verify an RFC 3161 document timestamp ("Signature Type: unknown",
        // "not yet been verified"): it finds it, by the sandbox TSA, over the whole file. DSS
        // verified it above (DOCUMENT_TIMESTAMP PASSED).
        assertThat(pdfsig.get(1)).contains("Signer Certificate Common Name: eConnector Sandbox TSA")
                .contains("Total document signed").doesNotContain("Signature is Invalid");
    }

    /** A signed PDF and the root of the sandbox that is no longer running. */
    private record Signed(byte[] pdf, X509Certificate root) {
    }

    private Signed signedBySandboxServerAt(PadesLevel level) throws Exception {
        Path log = work.resolve("econnector.log");
        int port = freePort();
        EconnectorOnSandbox sandbox = EconnectorOnSandbox.start(work, 0, port, ProcessBuilder.Redirect.to(log.toFile()),
                Map.of("ACCEPT_LICENSE", "true", "SIGNATURE_LEVEL", level.etsiName(), "JAVA_OPTS", "-Xmx384m"));
        X509Certificate root;
        int simulatorPort;
        byte[] pdf;
        try {
            assertThat(sandbox.awaitAnswer(BOOT)).as("the eConnector answers:\n%s", tail(log)).isTrue();
            root = sandbox.simulators().ca().root().certificate();
            simulatorPort = sandbox.simulators().port();
            HttpClient client = HttpClient.newBuilder().sslContext(sandbox.trustingTheEconnector())
                    .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            TestTokens tokens = new TestTokens(sandbox.simulators().aesKeys());
            String bearer = "Bearer " + tokens.signed(tokens.of("dr.muller"));

            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                            sandbox.base().resolve("econnector/api/v1/documents/mh/signed")).timeout(Duration.ofSeconds(60))
                    .header("Authorization", bearer).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(TemplateSamples.mh().toString())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
            pdf = response.body();

            // The server's own report agrees, while the sandbox still runs.
            JsonObject report = Json.createReader(new StringReader(client.send(HttpRequest.newBuilder(
                            sandbox.base().resolve("econnector/api/v1/validations")).timeout(Duration.ofSeconds(60))
                    .header("Authorization", bearer).header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(),
                    HttpResponse.BodyHandlers.ofString()).body())).readObject();
            JsonObject signature = report.getJsonArray("signatures").getJsonObject(0);
            assertThat(signature.getString("level")).as(report.toString()).isEqualTo(level.etsiName());
            assertThat(signature.getString("indication")).as(report.toString()).isEqualTo("TOTAL_PASSED");
            assertThat(signature.getBoolean("validationDataEmbedded")).as(report.toString()).isTrue();

            // The validation data and timestamp after the signature change nothing: /deposits takes it.
            // The version it was rendered with: the sandbox iHUB may since have offered a newer one.
            String version = XmpProvenance.of(pdf).orElseThrow().templateVersion();
            HttpResponse<String> deposit = client.send(HttpRequest.newBuilder(sandbox.base().resolve(
                            "econnector/api/v1/deposits?templateId=mh&templateVersion=" + version))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", bearer).header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(deposit.statusCode()).as(deposit.body()).isEqualTo(201);
            assertThat(sandbox.simulators().mySecu().deposits().list()).singleElement()
                    .satisfies(made -> assertThat(made.size()).isEqualTo(pdf.length));
        } finally {
            sandbox.close();
            ServerProcess.keepLog(log);
        }
        assertThat(listening(simulatorPort)).as("the sandbox has stopped").isFalse();
        return new Signed(pdf, root);
    }

    private static Reports assertSignature(Reports reports, SignatureLevel level) {
        SimpleReport report = reports.getSimpleReport();
        String id = report.getFirstSignatureId();
        System.out.printf("offline: %s %s%n", report.getSignatureFormat(id), report.getIndication(id));
        assertThat(report.getSignaturesCount()).isEqualTo(1);
        assertThat(report.getSignatureFormat(id)).isEqualTo(level);
        assertThat(report.getIndication(id)).as(report.getAdESValidationErrors(id).toString())
                .isEqualTo(Indication.TOTAL_PASSED);
        return reports;
    }

    private static List<TimestampWrapper> timestamps(Reports reports) {
        return reports.getDiagnosticData().getTimestampList();
    }

    private static void assertEveryTimestampPassed(Reports reports) {
        assertThat(timestamps(reports)).isNotEmpty().allSatisfy(timestamp -> {
            Indication indication = reports.getSimpleReport().getIndication(timestamp.getId());
            System.out.printf("offline: %s %s%n", timestamp.getType(), indication);
            assertThat(indication).as(timestamp.getType() + " "
                    + reports.getSimpleReport().getAdESValidationErrors(timestamp.getId())).isEqualTo(Indication.PASSED);
        });
    }

    private List<String> pdfsig(byte[] pdf, String name) throws Exception {
        String output = Pdfsig.run(Files.write(work.resolve(name), pdf));
        System.out.println(output);
        return Pdfsig.signatures(output);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 4000));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
