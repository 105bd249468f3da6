package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import lu.econnector.signature.entity.SignatureSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * poppler's {@code pdfsig}, an independent verifier, finds both signatures of a twice-signed
 * document valid. It exits 0 even for a bad signature, so its output
 * is what counts (docs/verified-facts.md). Without pdfsig this test fails: CI installs poppler-utils.
 */
class PdfsigTest {

    @Test
    void pdfsigFindsBothSignaturesOfATwiceSignedFeeNoteValid(@TempDir Path folder) throws Exception {
        LocalKms kms = new LocalKms();
        PadesSigner cut = new PadesSigner(kms.anchors(), new SignatureSettings("reason", "Luxembourg", true),
                Clock.systemUTC(), kms.crls());
        byte[] once = kms.sign(cut, SampleDocuments.feeNote(), "dr.muller");
        Path twice = Files.write(folder.resolve("twice.pdf"), kms.sign(cut, once, "dr.weber"));

        String output = Pdfsig.run(twice);

        assertThat(output).contains("Dr Anne Muller", "Dr Paul Weber");
        assertThat(Pdfsig.validSignatures(output)).as(output).isEqualTo(2);
    }
}
