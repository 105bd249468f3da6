package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import lu.econnector.signature.entity.SignatureSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * poppler's {@code pdfsig}, an independent verifier, finds both signatures of a twice-signed
 * document valid (PRODUCT.md section 4). It exits 0 even for a bad signature, so its output
 * is what counts (NOTES.md). Without pdfsig this test fails: CI installs poppler-utils.
 */
class PdfsigTest {

    private static final Pattern VALID = Pattern.compile("Signature Validation: Signature is Valid\\.");

    @Test
    void pdfsigFindsBothSignaturesOfATwiceSignedFeeNoteValid(@TempDir Path folder) throws Exception {
        LocalKms kms = new LocalKms();
        PadesSigner cut = new PadesSigner(kms.anchors(), new SignatureSettings("reason", "Luxembourg", true),
                Clock.systemUTC());
        byte[] once = cut.sign(SampleDocuments.feeNote(), kms.keyOf("dr.muller"), kms.timestamps());
        Path twice = Files.write(folder.resolve("twice.pdf"), cut.sign(once, kms.keyOf("dr.weber"), kms.timestamps()));

        String output = pdfsig(twice);

        assertThat(output).contains("Dr Anne Muller", "Dr Paul Weber");
        assertThat(VALID.matcher(output).results().count()).as(output).isEqualTo(2);
    }

    private static String pdfsig(Path pdf) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
        } catch (IOException missing) {
            throw new AssertionError("pdfsig is needed for this test: apt-get install poppler-utils", missing);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("pdfsig ended").isTrue();
        return output;
    }
}
