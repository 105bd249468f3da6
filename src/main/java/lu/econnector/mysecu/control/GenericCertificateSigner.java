package lu.econnector.mysecu.control;

import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import lu.econnector.config.control.KeyStoreCheck;
import lu.econnector.config.entity.ConfigProblem;
import lu.econnector.config.entity.KeyStoreFile;
import org.apache.wss4j.common.WSEncryptionPart;
import org.apache.wss4j.common.WSS4JConstants;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.common.crypto.WSProviderConfig;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecSignature;
import org.apache.wss4j.dom.message.WSSecTimestamp;
import org.w3c.dom.Document;

/**
 * Signs an STS request with the eConnector's generic certificate ({@code GENERIC_KEYSTORE_FILE},
 * docs/upstreams.md 4.1), with WSS4J's DOM API: a {@code wsse:Security} header holding a
 * {@code wsu:Timestamp} (WS-Security 1.1 SOAP Message Security, section 10), the certificate
 * as an X.509 {@code BinarySecurityToken} (X.509 Token Profile 1.1, section 3.1) and an XML
 * Signature referring to it (section 8), RSA-SHA256 over SHA-256 digests of the Body and the
 * Timestamp, exclusive C14N.
 */
public final class GenericCertificateSigner {

    static {
        // Before any other WSS4J call: otherwise WSS4J registers JVM-wide security providers,
        // which would outlive the WAR and change every other application's crypto (docs/verified-facts.md).
        WSProviderConfig.init(false, false, false);
    }

    /** How long mySecu may take the request as fresh (the Timestamp's Expires). */
    private static final int TIME_TO_LIVE_SECONDS = 300;

    private final KeyStore keyStore;
    private final String alias;
    private final String keyPassword;

    /** @param keyPassword the private key's password (WSS4J takes it as a String) */
    public GenericCertificateSigner(KeyStore keyStore, String alias, char[] keyPassword) {
        this.keyStore = keyStore;
        this.alias = alias;
        this.keyPassword = new String(keyPassword);
    }

    /**
     * Opens the configured keystore; the startup checks have opened it already, so a failure
     * here is a defect or a file changed since.
     */
    public static GenericCertificateSigner load(KeyStoreFile store) {
        if (!(KeyStoreCheck.open(store) instanceof KeyStoreCheck.Store opened)) {
            throw new IllegalStateException(store.fileVariable() + " no longer opens");
        }
        List<ConfigProblem> problems = new ArrayList<>();
        String alias = KeyStoreCheck.keyAlias(store, opened.keyStore(), problems);
        if (alias == null) {
            throw new IllegalStateException(problems.isEmpty() ? "no key in " + store.fileVariable()
                    : problems.get(0).line());
        }
        return new GenericCertificateSigner(opened.keyStore(), alias, store.privateKeyPassword());
    }

    /** Adds the signed {@code wsse:Security} header to the envelope. */
    void sign(Document envelope) {
        try {
            WSSecHeader header = new WSSecHeader(envelope);
            header.insertSecurityHeader();
            WSSecTimestamp timestamp = new WSSecTimestamp(header);
            timestamp.setTimeToLive(TIME_TO_LIVE_SECONDS);
            timestamp.build();
            WSSecSignature signature = new WSSecSignature(header);
            signature.setUserInfo(alias, keyPassword);
            signature.setKeyIdentifierType(WSConstants.BST_DIRECT_REFERENCE);
            signature.setSignatureAlgorithm(WSS4JConstants.RSA_SHA256);
            signature.setDigestAlgo(WSS4JConstants.SHA256);
            signature.setSigCanonicalization(WSS4JConstants.C14N_EXCL_OMIT_COMMENTS);
            signature.getParts().add(new WSEncryptionPart("Body", WsTrust.SOAP_ENV, ""));
            signature.getParts().add(new WSEncryptionPart("Timestamp", WSS4JConstants.WSU_NS, ""));
            signature.build(crypto());
        } catch (WSSecurityException e) {
            // WSS4J's messages name algorithms and aliases, never key material.
            throw new IllegalStateException("cannot sign the STS request with the generic certificate: "
                    + e.getMessage(), e);
        }
    }

    /** A Merlin per signature: it only reads the shared, already loaded keystore. */
    private Merlin crypto() {
        Merlin crypto = new Merlin();
        crypto.setKeyStore(keyStore);
        return crypto;
    }
}
