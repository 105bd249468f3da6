package lu.econnector.sandbox.pki;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The sandbox eConnector's own HTTPS identity: a self-signed certificate for localhost in
 * {@code saas-keystore.p12}, written at the first start and kept afterwards, so that a
 * browser that accepted it once keeps accepting it. (The CNS side's PKI, regenerated at
 * every start of the simulators, is {@link SandboxCa}.)
 */
public final class SandboxPki {

    public static final String PASSWORD = Certificates.STORE_PASSWORD;
    public static final String SAAS_ALIAS = "econnector";

    private final Path folder;

    public SandboxPki(Path folder) {
        this.folder = folder;
    }

    public Path saasKeystore() {
        return folder.resolve("saas-keystore.p12");
    }

    /** Writes the keystore unless it exists already. */
    public SandboxPki ensure() throws IOException, GeneralSecurityException {
        if (!Files.exists(saasKeystore())) {
            Certificates.Issued saas = Certificates.selfSigned("CN=localhost,O=eConnector Sandbox,C=LU",
                    Certificates.Role.SERVER, Certificates.localhost());
            Certificates.write(Certificates.keyStore(SAAS_ALIAS, saas), saasKeystore());
        }
        return this;
    }

    /** TLS for a client that trusts exactly the certificates of one of the sandbox's stores. */
    public static SSLContext clientTrusting(Path store) throws IOException, GeneralSecurityException {
        return clientTrusting(KeyStore.getInstance(store.toFile(), PASSWORD.toCharArray()));
    }

    public static SSLContext clientTrusting(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    /** TLS for a server presenting the key of a keystore. */
    public static SSLContext serverWith(KeyStore store) throws GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }
}
