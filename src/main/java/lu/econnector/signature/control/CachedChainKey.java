package lu.econnector.signature.control;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.function.Supplier;

/** A remote key whose certificate chain comes from {@link SigningCertificates} rather than from each call. */
record CachedChainKey(RemoteKey key, Supplier<List<X509Certificate>> chain) implements RemoteKey {

    @Override
    public List<X509Certificate> certificateChain() {
        return chain.get();
    }

    @Override
    public SignatureValue sign(byte[] digest, DigestAlgorithm digestAlgorithm, SignatureAlgorithm requested) {
        return key.sign(digest, digestAlgorithm, requested);
    }
}
