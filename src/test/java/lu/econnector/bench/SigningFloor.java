package lu.econnector.bench;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import lu.econnector.sandbox.kms.InProcessKms;
import lu.econnector.sandbox.pki.SandboxCa;
import lu.econnector.signature.control.PadesSigner;
import lu.econnector.signature.control.RemoteKey;
import lu.econnector.signature.control.TimestampAuthority;
import lu.econnector.signature.entity.KmsTrustAnchors;
import lu.econnector.signature.entity.SignatureSettings;

/**
 * The floor of a signed document: the eConnector's own PAdES-BASELINE-T signer (DSS) on an
 * already rendered PDF, with dr.muller's key and the sandbox TSA called in-process, so no
 * HTTP, no token, no rendering. What {@code /signed} costs above it is the price of the rest.
 */
final class SigningFloor {

    private static final String PROFESSIONAL = "dr.muller";

    private final PadesSigner signer;
    private final RemoteKey key;
    private final TimestampAuthority timestamps;

    SigningFloor(boolean visible) throws GeneralSecurityException {
        // The CRLs are never fetched when signing: any distribution point will do.
        SandboxCa ca = new SandboxCa(URI.create("https://crl.sandbox.test/"));
        InProcessKms kms = new InProcessKms(ca.tsa());
        this.signer = new PadesSigner(new KmsTrustAnchors(ca.root().certificate(), ca.signingCa().certificate(),
                ca.timestampCa().certificate()), new SignatureSettings("Mémoire d'honoraires", "Luxembourg", visible),
                Clock.systemUTC());
        this.key = localKey(kms, List.of(ca.professional(PROFESSIONAL).certificate(), ca.signingCa().certificate(),
                ca.root().certificate()), ca.professional(PROFESSIONAL).privateKey());
        this.timestamps = (digest, algorithm, nonce) -> kms.timestamp(algorithm.getName(), digest, nonce);
    }

    /** Signs the PDF once per call; fails the run if DSS gives nothing. */
    Callable<Outcome> signing(byte[] pdf) {
        return () -> {
            long start = System.nanoTime();
            byte[] signed = signer.sign(pdf, key, timestamps);
            long nanos = System.nanoTime() - start;
            if (signed.length <= pdf.length) {
                throw new IllegalStateException("DSS returned no signed PDF");
            }
            return Outcome.ok(nanos);
        };
    }

    private static RemoteKey localKey(InProcessKms kms, List<X509Certificate> chain, PrivateKey privateKey) {
        return new RemoteKey() {
            @Override
            public List<X509Certificate> certificateChain() {
                return chain;
            }

            @Override
            public SignatureValue sign(byte[] digest, DigestAlgorithm digestAlgorithm, SignatureAlgorithm requested) {
                return new SignatureValue(SignatureAlgorithm.RSA_SHA256, kms.sign(privateKey, digest));
            }
        };
    }
}
