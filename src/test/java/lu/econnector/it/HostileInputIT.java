package lu.econnector.it;

import static lu.econnector.it.EconnectorClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.Base64URL;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.mysecu.SyncExchangeMisbehaviour;
import lu.econnector.signature.control.CraftedPdf;
import lu.econnector.template.control.TemplateSamples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a careless or hostile vendor can send, through the WAR on Payara Micro: each input gets
 * its 4xx problem (or, for an upstream's hostile answer, the clean 502), never a 500, within the
 * client's timeout (30 s; no timing assertion), and after each test a normal request succeeds.
 * The parsers' own limits are proven by unit tests next to them; here the worst cases go
 * through the real stack: servlet filters, JAX-RS, the JSON providers Payara brings.
 */
@ExtendWith(SandboxExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    private static final String API = "econnector/api/v1/";
    private static final int LIMIT = 10 * 1024 * 1024; // MAX_REQUEST_BODY_BYTES's default
    private static final List<String> PDF_ENDPOINTS = List.of("signatures", "validations", "deposits?templateId=mh");

    private static SandboxServer sandbox;
    private static TestTokens tokens;
    private final EconnectorClient client = new EconnectorClient();

    @Deployment(testable = false)
    static WebArchive builtWar() {
        return BuiltWar.deployment();
    }

    @BeforeAll
    static void sandbox() {
        sandbox = SandboxExtension.running().server();
        tokens = new TestTokens(sandbox.aesKeys());
    }

    /** Whatever the test sent, the server still serves: a preview of the sample renders. */
    @AfterEach
    void theNextNormalRequestSucceeds() {
        HttpResponse<byte[]> preview = client.postForBytes(API + "documents/mh/preview", TemplateSamples.mh().toString(),
                "Authorization", bearer(), "Content-Type", "application/json");

        assertThat(preview.statusCode()).as("a normal preview after the hostile input").isEqualTo(200);
        assertThat(new String(preview.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    private static String bearer() {
        return "Bearer " + tokens.signed(tokens.muller());
    }

    private HttpResponse<String> postJson(String path, String body, String contentType) {
        return client.send("POST", API + path, body, "Authorization", bearer(), "Content-Type", contentType);
    }

    private HttpResponse<String> postPdf(String endpoint, byte[] pdf) {
        return client.upload(API + endpoint, pdf, "Authorization", bearer(), "Content-Type", "application/pdf");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String typeEnd) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = json(response);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("type")).endsWith(typeEnd);
        assertThat(problem.getString("requestId")).isNotBlank();
    }

    // JSON

    @Test
    void jsonNestedTenThousandLevelsIs422OnEveryJsonOperation() {
        String deep = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        String deepArrays = "[".repeat(10_000) + "]".repeat(10_000);

        for (String path : List.of("documents/mh/preview", "documents/mh/signed", "documents/mh/submissions")) {
            assertProblem(postJson(path, deep, "application/json"), 422, "invalid-template-data");
            assertProblem(postJson(path, deepArrays, "application/json"), 422, "invalid-template-data");
        }
        assertProblem(postJson("documents/mh/batch-submissions", deep, "application/json"), 422, "invalid-batch");
        assertProblem(postJson("documents/mh/batch-submissions", "{\"items\":" + deepArrays + "}", "application/json"),
                422, "invalid-batch");
        assertProblem(postJson("documents/mh/batch-submissions",
                "{\"items\":[{\"idempotencyKey\":\"deep-1\",\"data\":" + deep + "}]}", "application/json"),
                422, "invalid-batch");
    }

    @Test
    void aStringOfMegabytesIs422AndNotRepeatedInTheProblem() {
        String name = "A".repeat(8 * 1024 * 1024);
        String body = TemplateSamples.mh().toString().replace("\"Schmit\"", "\"" + name + "\"");

        HttpResponse<String> response = postJson("documents/mh/preview", body, "application/json");

        assertProblem(response, 422, "invalid-template-data");
        assertThat(response.body()).hasSizeLessThan(4096).doesNotContain("AAAAAAAA");
    }

    @Test
    void aNumberOfThousandsOfDigitsIs422() {
        String digits = "9".repeat(100_000);
        for (String field : List.of("\"quantity\":1", "\"paid\":true")) {
            String body = TemplateSamples.mh().toString().replace(field, field.substring(0, field.indexOf(':') + 1) + digits);

            HttpResponse<String> response = postJson("documents/mh/preview", body, "application/json");

            assertProblem(response, 422, "invalid-template-data");
            assertThat(response.body()).doesNotContain("99999999");
        }
        assertProblem(postJson("documents/mh/batch-submissions", "{\"items\":" + digits + "}", "application/json"),
                422, "invalid-batch");
    }

    @Test
    void duplicateKeysAre422() {
        String twice = TemplateSamples.mh().toString().replace("\"paid\":true", "\"paid\":true,\"paid\":false");

        assertProblem(postJson("documents/mh/preview", twice, "application/json"), 422, "invalid-template-data");
    }

    @Test
    void aWrongContentTypeIs415() {
        String sample = TemplateSamples.mh().toString();

        for (String type : List.of("text/plain", "application/xml", "application/pdf", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/jsonx")) {
            assertProblem(postJson("documents/mh/preview", sample, type), 415, "about:blank");
        }
        for (String endpoint : PDF_ENDPOINTS) {
            assertProblem(postJson(endpoint, sample, "application/json"), 415, "about:blank");
        }
    }

    @Test
    void aJsonBodyDeclaredInAnotherCharsetThanUtf8Is415AndAMalformedContentType400() {
        String sample = TemplateSamples.mh().toString();

        for (String charset : List.of("x-no-such-charset", "UTF-16", "ISO-8859-1", "utf-7")) {
            assertProblem(postJson("documents/mh/preview", sample, "application/json; charset=" + charset), 415,
                    "about:blank");
        }
        for (String malformed : List.of("application/json; charset=\"", "application/json; charset")) {
            assertProblem(postJson("documents/mh/preview", sample, malformed), 400, "about:blank");
        }
        HttpResponse<byte[]> utf8 = client.postForBytes(API + "documents/mh/preview", sample, "Authorization", bearer(),
                "Content-Type", "application/json; charset=\"utf-8\"");
        assertThat(utf8.statusCode()).isEqualTo(200);
    }

    @Test
    void latin1BytesSentAsUtf8AreReadAsReplacementCharactersNot500() {
        byte[] latin1 = TemplateSamples.mh().toString().replace("Schmit", "M\u00fcller").getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<String> response = client.upload(API + "documents/mh/preview", latin1, "Authorization", bearer(),
                "Content-Type", "application/json");

        assertThat(response.statusCode()).as("U+FFFD for the byte that is no UTF-8; the schema takes any letter")
                .isEqualTo(200);
    }

    // Bodies over the limit

    @Test
    void aBodyAnnouncedOverTheLimitIs413WithoutTheServerWaitingForIt() {
        RawHttps raw = new RawHttps(Integer.getInteger("econnector.httpsPort", 18443));
        byte[] start = new byte[64 * 1024];
        Arrays.fill(start, (byte) '[');

        RawHttps.Answer answer = raw.sendPartially("POST", "/" + API + "documents/mh/preview", start,
                "Authorization: " + bearer(), "Content-Type: application/json", "Content-Length: " + (1L << 30));

        assertThat(answer.status()).as("1 GiB announced, 64 KiB sent, the rest never").isEqualTo(413);
    }

    @Test
    void aChunkedBodyPastTheLimitIs413AsSoonAsItPassesIt() {
        RawHttps raw = new RawHttps(Integer.getInteger("econnector.httpsPort", 18443));
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        for (int sent = 0; sent <= LIMIT + chunk.length; sent += chunk.length) {
            chunks.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunks.writeBytes(chunk);
            chunks.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }

        for (String target : List.of("documents/mh/preview", "signatures")) {
            RawHttps.Answer answer = raw.sendPartially("POST", "/" + API + target, chunks.toByteArray(),
                    "Authorization: " + bearer(), "Content-Type: " + (target.equals("signatures") ? "application/pdf"
                            : "application/json"), "Transfer-Encoding: chunked");

            assertThat(answer.status()).as(target + ": the last chunk is never sent").isEqualTo(413);
            assertThat(answer.body()).contains("payload-too-large");
        }
    }

    // PDFs, on each operation that takes one

    @Test
    void aTruncatedPdfIs422UnreadableOnEveryPdfOperation() {
        byte[] pdf = preview();
        byte[] truncated = Arrays.copyOf(pdf, pdf.length / 2);

        for (String endpoint : PDF_ENDPOINTS) {
            assertProblem(postPdf(endpoint, truncated), 422, "unreadable-pdf");
        }
    }

    @Test
    void aStreamWhoseLengthIsItselfAndAPageTreeLoopAre422OnEveryPdfOperation() {
        byte[] lengthOfItself = CraftedPdf.onePage("/Contents 4 0 R")
                .object("<< /Length 4 0 R >>\nstream\nBT ET\nendstream").bytes();
        byte[] pageTreeLoop = CraftedPdf.empty().object("<< /Type /Catalog /Pages 2 0 R >>")
                .object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
                .object("<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>").bytes();

        for (String endpoint : PDF_ENDPOINTS) {
            assertProblem(postPdf(endpoint, lengthOfItself), 422, "unreadable-pdf");
            assertProblem(postPdf(endpoint, pageTreeLoop), 422, "unreadable-pdf");
        }
    }

    /** Cycles through dictionaries are legal PDF (each page's /Parent is one): read once, not followed. */
    @Test
    void dictionariesReferringToEachOtherAreSignedAndValidatedInBoundedTime() {
        byte[] cycle = CraftedPdf.onePage("/Contents 4 0 R /Resources 5 0 R")
                .object("<< /Length 5 >>\nstream\nBT ET\nendstream")
                .object("<< /Self 5 0 R /Next 6 0 R >>").object("<< /Back 5 0 R /Page 3 0 R >>").bytes();

        HttpResponse<byte[]> signed = client.postForBytes(API + "signatures", cycle, "Authorization", bearer(),
                "Content-Type", "application/pdf");
        assertThat(signed.statusCode()).isEqualTo(200);
        assertThat(postPdf("validations", cycle).statusCode()).isEqualTo(200);
        assertProblem(postPdf("deposits?templateId=mh", cycle), 422, "document-not-signed");
    }

    @Test
    void thousandsOfRevisionsAre422NamingTheLimitOnEveryPdfOperation() {
        CraftedPdf pdf = CraftedPdf.onePage("");
        for (int revision = 0; revision < 5_000; revision++) {
            pdf.replace(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate " + (revision % 4) * 90 + " >>")
                    .update();
        }

        for (String endpoint : PDF_ENDPOINTS) {
            HttpResponse<String> response = postPdf(endpoint, pdf.bytes());

            assertProblem(response, 422, "pdf-limit-exceeded");
            assertThat(json(response).getString("detail")).contains("PDF_MAX_REVISIONS");
        }
    }

    @Test
    void anEmbeddedFileThatIsADecompressionBombIs422NamingTheLimit() {
        byte[] pdf = CraftedPdf.empty().object("<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 4 0 R >> >>")
                .object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
                .object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>")
                .object("<< /Names [(bomb.bin) 5 0 R] >>")
                .object("<< /Type /Filespec /F (bomb.bin) /EF << /F 6 0 R >> >>")
                .stream("/FlateDecode", CraftedPdf.deflatedZeros(256L * 1024 * 1024)).bytes();

        for (String endpoint : PDF_ENDPOINTS) {
            HttpResponse<String> response = postPdf(endpoint, pdf);

            assertProblem(response, 422, "pdf-limit-exceeded");
            assertThat(json(response).getString("detail")).contains("PDF_MAX_DECODED_BYTES");
        }
    }

    /**
     * JavaScript and an attached file are not refused: the eConnector never runs the one nor
     * opens the other, and its own documents carry their data as an attached file (PDF/A-3).
     * They are signed and validated as the bytes they are, within the same limits as any PDF.
     */
    @Test
    void javascriptAndAttachedFilesAreSignedAsTheyAreAndNeverRun() throws Exception {
        byte[] active = withJavaScriptAndAttachment(preview());

        HttpResponse<byte[]> signed = client.postForBytes(API + "signatures", active, "Authorization", bearer(),
                "Content-Type", "application/pdf");
        assertThat(signed.statusCode()).as(new String(signed.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(signed.body())) {
            assertThat(document.getSignatureDictionaries()).hasSize(1);
            assertThat(document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()).containsKey("payload.exe");
        }

        HttpResponse<String> validated = postPdf("validations", active);
        assertThat(validated.statusCode()).as(validated.body()).isEqualTo(200);
        assertProblem(postPdf("deposits?templateId=mh", active), 422, "document-not-signed");
    }

    // A hostile answer from mySecu

    @Test
    void aBillionLaughsAnswerFromMySecuIsTheClean502AndNothingIsExpanded() {
        sandbox.mySecu().misbehave(SyncExchangeMisbehaviour.BILLION_LAUGHS);

        HttpResponse<String> response = postJson("documents/mh/submissions", TemplateSamples.mh().toString(),
                "application/json");

        assertProblem(response, 502, "upstream-bad-answer");
        assertThat(json(response).getString("upstream")).isEqualTo("mysecu");
        assertThat(response.body()).doesNotContain("lol");
    }

    // Tokens

    @Test
    void aTokenWhoseHeaderNestsThousandsOfLevelsIs401() {
        // 2,000 levels: twice what common JSON parsers allow, in a token under the 8 KiB a header may take here
        String header = Base64URL.encode("{\"alg\":\"RS256\",\"x\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}")
                .toString();
        String[] genuine = tokens.signed(tokens.muller()).split("\\.");
        RawHttps raw = new RawHttps(Integer.getInteger("econnector.httpsPort", 18443));

        RawHttps.Answer answer = raw.send("GET", "/" + API + "me",
                "Authorization: Bearer " + header + "." + genuine[1] + "." + genuine[2]);

        assertThat(answer.status()).as(answer.body()).isEqualTo(401);
        assertThat(answer.body()).contains("invalid-token");
    }

    private byte[] preview() {
        HttpResponse<byte[]> preview = client.postForBytes(API + "documents/mh/preview", TemplateSamples.mh().toString(),
                "Authorization", bearer(), "Content-Type", "application/json");
        assertThat(preview.statusCode()).isEqualTo(200);
        return preview.body();
    }

    private static byte[] withJavaScriptAndAttachment(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('opened');"));
            PDEmbeddedFile file = new PDEmbeddedFile(document,
                    new java.io.ByteArrayInputStream("MZ not really a program".getBytes(StandardCharsets.US_ASCII)));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("payload.exe");
            spec.setEmbeddedFile(file);
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            PDEmbeddedFilesNameTreeNode tree = names.getEmbeddedFiles();
            Map<String, PDComplexFileSpecification> all = new java.util.LinkedHashMap<>(tree.getNames());
            all.put("payload.exe", spec);
            tree.setNames(all);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
