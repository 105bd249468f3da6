package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import lu.econnector.config.entity.PadesLevel;
import lu.econnector.signature.entity.SignatureSettings;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The updates of an LT or LTA extension are told apart from any other update: the first are
 * set aside (the professional's signature then covers what is left), any other keeps
 * everything, so that the signature does not cover the whole document.
 */
class ValidationDataUpdatesTest {

    static LocalKms kms;
    static byte[] signedT;
    static byte[] signedLt;
    static byte[] signedLta;

    @BeforeAll
    static void signed() throws Exception {
        kms = new LocalKms();
        byte[] feeNote = SampleDocuments.feeNote();
        signedT = signedAt(PadesLevel.T, feeNote);
        signedLt = signedAt(PadesLevel.LT, feeNote);
        signedLta = signedAt(PadesLevel.LTA, feeNote);
    }

    private static byte[] signedAt(PadesLevel level, byte[] pdf) {
        return kms.sign(kms.signer(new SignatureSettings("r", "l", true, level)), pdf, "dr.muller");
    }

    /** Where the professional's signature's byte range ends: what it covers. */
    private static int signedLength(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int[] range = document.getSignatureDictionaries().stream()
                    .filter(signature -> "ETSI.CAdES.detached".equals(signature.getSubFilter()))
                    .findFirst().orElseThrow().getByteRange();
            return range[2] + range[3];
        }
    }

    @Test
    void aTSignatureCoversTheWholeFileAndNothingIsSetAside() {
        assertThat(ValidationDataUpdates.withoutTrailing(signedT)).isSameAs(signedT);
    }

    @Test
    void theDssUpdateOfAnLtSignatureIsSetAside() throws Exception {
        byte[] content = ValidationDataUpdates.withoutTrailing(signedLt);

        assertThat(signedLt.length).isGreaterThan(signedLength(signedLt));
        assertThat(content).hasSize(signedLength(signedLt));
        assertThat(signedLt).startsWith(content);
    }

    @Test
    void theDssUpdateAndTheDocumentTimestampOfAnLtaSignatureAreSetAside() throws Exception {
        byte[] content = ValidationDataUpdates.withoutTrailing(signedLta);

        assertThat(content).hasSize(signedLength(signedLta));
    }

    @Test
    void aValidationDataUpdateMadeByAnotherWriterIsSetAsideToo() throws Exception {
        byte[] extended = IncrementalUpdate.withValidationData(signedT, kms.ca().root().certificate().getEncoded(),
                false);

        assertThat(ValidationDataUpdates.withoutTrailing(extended)).hasSize(signedT.length);
    }

    @Test
    void validationDataWithAnotherTitleKeepsTheWholeFile() throws Exception {
        byte[] extended = IncrementalUpdate.withValidationData(signedT, kms.ca().root().certificate().getEncoded(),
                true);

        assertThat(ValidationDataUpdates.withoutTrailing(extended)).isSameAs(extended);
    }

    @Test
    void anUpdateThatRetitlesTheDocumentKeepsTheWholeFile() throws Exception {
        for (byte[] signed : new byte[][] {signedLt, signedLta}) {
            byte[] retitled = IncrementalUpdate.retitled(signed, "Paid in full");

            assertThat(ValidationDataUpdates.withoutTrailing(retitled)).isSameAs(retitled);
        }
    }

    @Test
    void anUpdateThatChangesAPageKeepsTheWholeFile() throws Exception {
        byte[] rotated = IncrementalUpdate.pageRotated(signedLta);

        assertThat(ValidationDataUpdates.withoutTrailing(rotated)).isSameAs(rotated);
    }

    @Test
    void anUpdateThatAddsAnAnnotationKeepsTheWholeFile() throws Exception {
        byte[] annotated = IncrementalUpdate.annotated(signedLt, "Amount: 10 000 EUR");

        assertThat(ValidationDataUpdates.withoutTrailing(annotated)).isSameAs(annotated);
    }

    @Test
    void aDocumentTimestampThatIsNotTheLastUpdateKeepsTheWholeFile() throws Exception {
        // The LTA's own DSS update, then a second DSS update after the document timestamp: the
        // timestamp no longer covers the whole file.
        byte[] extended = IncrementalUpdate.withValidationData(signedLta, kms.ca().root().certificate().getEncoded(),
                false);

        assertThat(ValidationDataUpdates.withoutTrailing(extended)).hasSize(signedLta.length);
    }

    /** Written byte by byte: a first revision, then an update adding a stream listed in a /DSS. */
    private static byte[] withCertificateStream(String pageContents) {
        CraftedPdf pdf = CraftedPdf.onePage(pageContents).update();
        return pdf.stream("[]", "BT /F1 24 Tf 72 700 Td (Paid in full) Tj ET".getBytes(StandardCharsets.US_ASCII))
                .replace(1, "<< /Type /Catalog /Pages 2 0 R /DSS << /Certs [4 0 R] >> >>").update().bytes();
    }

    @Test
    void aStreamOnlyTheDssListsIsValidationData() {
        byte[] original = CraftedPdf.onePage("").update().bytes();

        assertThat(ValidationDataUpdates.withoutTrailing(withCertificateStream(""))).isEqualTo(original);
    }

    /**
     * The page named object 4 before it existed (drawing nothing); the update gives it content
     * and lists it as a certificate: the page now shows it, so it is not validation data.
     */
    @Test
    void validationDataFillingAReferenceTheEarlierRevisionMadeKeepsTheWholeFile() {
        byte[] crafted = withCertificateStream("/Contents 4 0 R");

        assertThat(ValidationDataUpdates.withoutTrailing(crafted)).isSameAs(crafted);
    }

    @Test
    void whatIsNotAPdfIsKeptAsItIs() {
        byte[] junk = "%PDF-1.7\nstartxref\n12\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        assertThat(ValidationDataUpdates.withoutTrailing(junk)).isSameAs(junk);
    }
}
