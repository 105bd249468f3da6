package lu.econnector.signature.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.signature.entity.KmsTrustAnchors;

/**
 * The truststore's CAs by their configured aliases ({@code ROOT_SIGNING_CA_ALIAS},
 * {@code SIGNING_CA_ALIAS}, {@code TIMESTAMP_CA_ALIAS}), read once: the startup checks have
 * opened the truststore and found each alias already.
 */
@ApplicationScoped
public class KmsTrust {

    @Inject
    EconnectorConfig config;

    private KmsTrustAnchors anchors;

    public synchronized KmsTrustAnchors anchors() {
        if (anchors == null) {
            anchors = read();
        }
        return anchors;
    }

    private KmsTrustAnchors read() {
        EconnectorConfig.Kms kms = config.kms();
        try {
            KeyStore store = KeyStore.getInstance(kms.truststore().file().toFile(), kms.truststore().storePassword());
            return new KmsTrustAnchors(certificate(store, kms.rootSigningCaAlias()),
                    certificate(store, kms.signingCaAlias()), certificate(store, kms.timestampCaAlias()));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the KMS truststore, checked at startup, cannot be read now", e);
        }
    }

    private static X509Certificate certificate(KeyStore store, String alias) throws GeneralSecurityException {
        if (!(store.getCertificate(alias) instanceof X509Certificate certificate)) {
            throw new IllegalStateException("no X.509 certificate under alias " + alias);
        }
        return certificate;
    }
}
