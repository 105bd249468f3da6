package lu.econnector.sandbox.kms;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.EnumSet;
import lu.econnector.sandbox.Http;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;

/**
 * sign-data: an RSASSA-PKCS1-v1_5 signature (RFC 8017 section 8.2.1) over a digest that
 * the client computed. The KMS never sees the data, so it does EMSA-PKCS1-v1_5 (section
 * 9.2) from step 2 on: it wraps the digest in a DigestInfo and has {@code NONEwithRSA} pad
 * and sign that. The result is the signature {@code SHA256withRSA} gives over the data.
 */
final class RemoteSigner {

    static final String RSA_SHA256 = "RSA_SHA256";

    /**
     * SHA-256 with NULL parameters: the DigestInfo that RFC 8017 section 9.2 note 1 spells
     * out, and the one every verifier accepts.
     */
    private static final AlgorithmIdentifier SHA256 =
            new AlgorithmIdentifier(SubmittedDigest.Algorithm.SHA256.oid(), DERNull.INSTANCE);

    /** @return the {@code {"signature":…,"signatureAlgorithm":…}} answer */
    JsonObject sign(PrivateKey key, KmsRequest request) throws KmsRefusal, GeneralSecurityException {
        String algorithm = request.text("signatureAlgorithm");
        // The professionals' keys are RSA, and PSS is not offered by the sandbox KMS: the
        // eConnector asks for RSA_SHA256 (docs/upstreams.md section 2 lists the others as possible).
        if (!RSA_SHA256.equals(algorithm)) {
            throw KmsRefusal.unsupportedAlgorithm("signatureAlgorithm " + algorithm
                    + " is not supported here; use " + RSA_SHA256);
        }
        SubmittedDigest digest = request.digest(EnumSet.of(SubmittedDigest.Algorithm.SHA256));
        Signature rsa = Signature.getInstance("NONEwithRSA");
        rsa.initSign(key);
        rsa.update(digestInfo(digest.value()));
        return Http.JSON.createObjectBuilder()
                .add("signature", Base64.getEncoder().encodeToString(rsa.sign()))
                .add("signatureAlgorithm", RSA_SHA256)
                .build();
    }

    /** RFC 8017 section 9.2 step 2: T, the DER encoding of DigestInfo. */
    private static byte[] digestInfo(byte[] digest) throws GeneralSecurityException {
        try {
            return new DigestInfo(SHA256, digest).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot encode the DigestInfo", e);
        }
    }
}
