package lu.econnector.bench;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.concurrent.Callable;
import lu.econnector.signature.control.LocalKms;
import lu.econnector.signature.control.PadesSigner;
import lu.econnector.signature.control.RemoteKey;
import lu.econnector.signature.control.TimestampAuthority;
import lu.econnector.config.entity.PadesLevel;
import lu.econnector.signature.entity.SignatureSettings;

/**
 * The floor of a signed document: the eConnector's own PAdES signer (DSS), at a level, on an
 * already rendered PDF, with dr.muller's key and the sandbox TSA called in-process, so no
 * HTTP, no token, no rendering. What {@code /signed} costs above it is the price of the rest.
 */
final class SigningFloor {

    private static final String PROFESSIONAL = "dr.muller";

    private final PadesSigner signer;
    private final RemoteKey key;
    private final TimestampAuthority timestamps;

    /** At LT and LTA the CRLs come from memory: the cost is DSS's, not a CA's network. */
    SigningFloor(boolean visible, PadesLevel level) throws GeneralSecurityException {
        LocalKms kms = new LocalKms();
        this.signer = new PadesSigner(kms.anchors(), new SignatureSettings("Mémoire d'honoraires", "Luxembourg",
                visible, level), Clock.systemUTC(), kms.crls());
        this.key = kms.keyOf(PROFESSIONAL);
        this.timestamps = kms.timestamps();
    }

    /** Signs the PDF once per call; fails the run if DSS gives nothing. */
    Callable<Outcome> signing(byte[] pdf) {
        return () -> {
            long start = System.nanoTime();
            sign(pdf);
            return Outcome.ok(System.nanoTime() - start);
        };
    }

    /** The signed PDF; fails if DSS gives nothing. */
    byte[] sign(byte[] pdf) throws Exception {
        byte[] signed = signer.sign(pdf, LocalKms.psCode(PROFESSIONAL), key, timestamps);
        if (signed.length <= pdf.length) {
            throw new IllegalStateException("DSS returned no signed PDF");
        }
        return signed;
    }
}
