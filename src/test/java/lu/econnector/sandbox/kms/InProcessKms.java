package lu.econnector.sandbox.kms;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Base64;
import lu.econnector.sandbox.Http;
import lu.econnector.sandbox.pki.Certificates;

/**
 * The simulated KMS's sign-data and sign-timestamp, called in-process: the same signer and
 * TSA as {@link KmsSimulator}, without HTTP or tokens, for unit tests of the signature core.
 */
public final class InProcessKms {

    private final RemoteSigner signer = new RemoteSigner();
    private final TimestampAuthority tsa;

    public InProcessKms(Certificates.Issued tsa) {
        this.tsa = new TimestampAuthority(tsa);
    }

    /** sign-data with RSA_SHA256: the raw signature value over a SHA-256 digest. */
    public byte[] sign(PrivateKey key, byte[] sha256) {
        JsonObject request = Http.JSON.createObjectBuilder().add("digest", base64(sha256)).add("digestAlgorithm", "SHA256")
                .add("signatureAlgorithm", RemoteSigner.RSA_SHA256).build();
        return decode(answer(() -> signer.sign(key, new KmsRequest(request))).getString("signature"));
    }

    /** sign-timestamp: the DER TimeStampToken. */
    public byte[] timestamp(String digestAlgorithm, byte[] digest, BigInteger nonce) {
        JsonObjectBuilder request = Http.JSON.createObjectBuilder().add("digest", base64(digest))
                .add("digestAlgorithm", digestAlgorithm);
        if (nonce != null) {
            request.add("nonce", nonce.toString());
        }
        return decode(answer(() -> tsa.timestamp(new KmsRequest(request.build()))).getString("timestampToken"));
    }

    private interface Call {
        JsonObject perform() throws KmsRefusal, GeneralSecurityException;
    }

    private static JsonObject answer(Call call) {
        try {
            return call.perform();
        } catch (KmsRefusal | GeneralSecurityException e) {
            throw new IllegalStateException("the sandbox KMS refused: " + e.getMessage(), e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64);
    }
}
