package lu.econnector.signature.control;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A KMS key that counts its sign-data calls: a test proves a refusal came before the KMS signed. */
final class CountingKey implements RemoteKey {

    private final RemoteKey key;
    private final AtomicInteger signatures = new AtomicInteger();

    CountingKey(RemoteKey key) {
        this.key = key;
    }

    /** How many times sign-data was called. */
    int signatures() {
        return signatures.get();
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return key.certificateChain();
    }

    @Override
    public SignatureValue sign(byte[] digest, DigestAlgorithm algorithm, SignatureAlgorithm requested) {
        signatures.incrementAndGet();
        return key.sign(digest, algorithm, requested);
    }
}
