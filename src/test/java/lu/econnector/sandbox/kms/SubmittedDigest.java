package lu.econnector.sandbox.kms;

import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;

/**
 * A digest that the client computed over its data: the KMS never sees the data itself, so
 * all it can check is that the digest has its algorithm's length.
 */
record SubmittedDigest(Algorithm algorithm, byte[] value) {

    /** The {@code digestAlgorithm} names of the KMS API, with their OIDs (RFC 5758 section 2). */
    enum Algorithm {
        SHA256(NISTObjectIdentifiers.id_sha256, 32),
        SHA512(NISTObjectIdentifiers.id_sha512, 64);

        private final ASN1ObjectIdentifier oid;
        private final int length;

        Algorithm(ASN1ObjectIdentifier oid, int length) {
            this.oid = oid;
            this.length = length;
        }

        ASN1ObjectIdentifier oid() {
            return oid;
        }
    }

    static SubmittedDigest of(String algorithmName, byte[] value, Set<Algorithm> accepted) throws KmsRefusal {
        Algorithm algorithm = accepted.stream().filter(a -> a.name().equals(algorithmName)).findFirst()
                .orElseThrow(() -> KmsRefusal.unsupportedAlgorithm("digestAlgorithm " + algorithmName
                        + " is not supported here; use one of " + accepted));
        if (value.length != algorithm.length) {
            throw KmsRefusal.badRequest("a " + algorithm + " digest is " + algorithm.length + " bytes, not "
                    + value.length);
        }
        return new SubmittedDigest(algorithm, value);
    }
}
