package lu.econnector.signature.control;

/**
 * What sign-data answers.
 *
 * @param algorithm the KMS's name for it: {@code RSA_SHA256}, {@code RSA_SSA_PSS_SHA256_MGF1} or {@code ECDSA_SHA256}
 */
public record KmsSignature(byte[] value, String algorithm) {
}
