package lu.econnector.signature.control;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.kms.InProcessKms;
import lu.econnector.sandbox.pki.SandboxCa;
import lu.econnector.signature.entity.KmsTrustAnchors;
import lu.econnector.signature.entity.SignatureSettings;

/**
 * The sandbox PKI and KMS, in-process: a {@link RemoteKey} per test professional backed by
 * the simulator's signer with a local key, and a {@link TimestampAuthority} backed by its TSA.
 */
public final class LocalKms {

    static final URI CRL_BASE = URI.create("https://crl.sandbox.test/");

    private final SandboxCa ca;
    private final InProcessKms kms;
    private final CRLSource crls;

    public LocalKms() throws GeneralSecurityException {
        this.ca = new SandboxCa(CRL_BASE);
        this.kms = new InProcessKms(ca.tsa());
        this.crls = TruststoreVerifier.crls(anchors(), new CrlsByUrl(ca));
    }

    /** The sandbox CAs' CRLs, as the eConnector fetches them: only the truststore CAs'. */
    public CRLSource crls() {
        return crls;
    }

    /** A signer at a level, with the sandbox's CRLs. */
    public PadesSigner signer(SignatureSettings settings) {
        return new PadesSigner(anchors(), settings, java.time.Clock.systemUTC(), crls);
    }

    SandboxCa ca() {
        return ca;
    }

    public KmsTrustAnchors anchors() {
        return new KmsTrustAnchors(ca.root().certificate(), ca.signingCa().certificate(),
                ca.timestampCa().certificate());
    }

    /** get-certificate as the simulator answers it: the certificate, the signing CA, the root. */
    List<X509Certificate> chainOf(String username) {
        return List.of(ca.professional(username).certificate(), ca.signingCa().certificate(),
                ca.root().certificate());
    }

    /** The ps_code of a test professional, which their certificate's subject carries as serialNumber. */
    public static String psCode(String username) {
        return Professional.byUsername(username).orElseThrow().psCode();
    }

    /** A signature by a test professional, as the KMS gives it: their certificate, key and the TSA. */
    public byte[] sign(PadesSigner signer, byte[] pdf, String username) {
        return signer.sign(pdf, psCode(username), keyOf(username), timestamps());
    }

    public RemoteKey keyOf(String username) {
        return remoteKey(chainOf(username), ca.professional(username).privateKey());
    }

    /** A KMS that answers get-certificate with one chain and signs with whatever key it is given. */
    RemoteKey remoteKey(List<X509Certificate> chain, PrivateKey key) {
        return new RemoteKey() {
            @Override
            public List<X509Certificate> certificateChain() {
                return chain;
            }

            @Override
            public SignatureValue sign(byte[] digest, DigestAlgorithm digestAlgorithm, SignatureAlgorithm requested) {
                return new SignatureValue(SignatureAlgorithm.RSA_SHA256, kms.sign(key, digest));
            }
        };
    }

    public TimestampAuthority timestamps() {
        return (digest, algorithm, nonce) -> kms.timestamp(algorithm.getName(), digest, nonce);
    }
}
