package lu.econnector.sandbox.pki;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The sandbox's throw-away PKI, written once into a folder and reused afterwards (so a
 * browser that accepted the sandbox certificate keeps accepting it): the eConnector's
 * self-signed HTTPS key ({@code saas-keystore.p12}), the KMS truststore with the root,
 * signing and timestamp CAs ({@code truststore.p12}), and the generic mySecu key
 * ({@code generic-keystore.p12}). Every store's password is {@link #PASSWORD}.
 */
public final class SandboxPki {

    public static final String PASSWORD = "changeit";
    public static final String ROOT_ALIAS = "sandbox-root-ca";
    public static final String SIGNING_CA_ALIAS = "sandbox-signing-ca";
    public static final String TIMESTAMP_CA_ALIAS = "sandbox-timestamp-ca";
    public static final String SAAS_ALIAS = "econnector";
    public static final String GENERIC_ALIAS = "generic";
    public static final String UPSTREAM_TLS_ALIAS = "upstream-tls";

    private static final Duration VALIDITY = Duration.ofDays(3 * 365);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;

    public SandboxPki(Path folder) {
        this.folder = folder;
    }

    public static void main(String[] args) throws Exception {
        new SandboxPki(Path.of(args[0])).ensure();
    }

    public Path saasKeystore() {
        return folder.resolve("saas-keystore.p12");
    }

    public Path truststore() {
        return folder.resolve("truststore.p12");
    }

    public Path genericKeystore() {
        return folder.resolve("generic-keystore.p12");
    }

    /** The simulated upstreams' HTTPS key for localhost, issued by the sandbox root. */
    public Path upstreamTlsKeystore() {
        return folder.resolve("upstream-tls.p12");
    }

    /** TLS for a client that trusts exactly the certificates of one of these stores. */
    public static SSLContext clientTrusting(Path store) throws IOException, GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(KeyStore.getInstance(store.toFile(), PASSWORD.toCharArray()));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    /** TLS for a server presenting the key of one of these stores. */
    public static SSLContext serverWith(Path store) throws IOException, GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(KeyStore.getInstance(store.toFile(), PASSWORD.toCharArray()), PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /** Writes the stores unless all of them exist already. */
    public SandboxPki ensure() throws IOException, GeneralSecurityException {
        if (Files.exists(saasKeystore()) && Files.exists(truststore()) && Files.exists(genericKeystore())
                && Files.exists(upstreamTlsKeystore())) {
            return this;
        }
        Files.createDirectories(folder);
        KeyPair rootKey = rsa();
        X509Certificate root = certificate("CN=eConnector Sandbox Root CA,O=eConnector Sandbox,C=LU", rootKey,
                null, rootKey, Role.CA, null);
        X509Certificate signingCa = certificate("CN=eConnector Sandbox Signing CA,O=eConnector Sandbox,C=LU",
                rsa(), root, rootKey, Role.CA, null);
        X509Certificate timestampCa = certificate("CN=eConnector Sandbox Timestamp CA,O=eConnector Sandbox,C=LU",
                rsa(), root, rootKey, Role.CA, null);

        KeyStore trust = emptyStore();
        trust.setCertificateEntry(ROOT_ALIAS, root);
        trust.setCertificateEntry(SIGNING_CA_ALIAS, signingCa);
        trust.setCertificateEntry(TIMESTAMP_CA_ALIAS, timestampCa);
        store(trust, truststore());

        KeyPair genericKey = rsa();
        X509Certificate generic = certificate("CN=eConnector Sandbox Generic,O=eConnector Sandbox,C=LU", genericKey,
                root, rootKey, Role.CLIENT, null);
        store(keyStore(GENERIC_ALIAS, genericKey, generic, root), genericKeystore());

        KeyPair upstreamKey = rsa();
        X509Certificate upstream = certificate("CN=localhost,OU=Simulated upstreams,O=eConnector Sandbox,C=LU",
                upstreamKey, root, rootKey, Role.SERVER, localhost());
        store(keyStore(UPSTREAM_TLS_ALIAS, upstreamKey, upstream, root), upstreamTlsKeystore());

        KeyPair saasKey = rsa();
        X509Certificate saas = certificate("CN=localhost,O=eConnector Sandbox,C=LU", saasKey, null, saasKey,
                Role.SERVER, localhost());
        store(keyStore(SAAS_ALIAS, saasKey, saas), saasKeystore());
        return this;
    }

    private enum Role { CA, SERVER, CLIENT }

    private static GeneralNames localhost() {
        return new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1")});
    }

    private static X509Certificate certificate(String subject, KeyPair subjectKey, X509Certificate issuer,
                                               KeyPair issuerKey, Role role, GeneralNames altNames)
            throws GeneralSecurityException, IOException {
        Instant now = Instant.now();
        X500Name subjectName = new X500Name(subject);
        X500Name issuerName = issuer == null ? subjectName : X500Name.getInstance(
                issuer.getSubjectX500Principal().getEncoded());
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                new BigInteger(64, RANDOM), Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(VALIDITY)), subjectName, subjectKey.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.subjectKeyIdentifier, false,
                extensions.createSubjectKeyIdentifier(subjectKey.getPublic()));
        builder.addExtension(Extension.authorityKeyIdentifier, false, issuer == null
                ? extensions.createAuthorityKeyIdentifier(subjectKey.getPublic())
                : extensions.createAuthorityKeyIdentifier(issuer));
        if (role == Role.CA) {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } else {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
        }
        if (altNames != null) {
            builder.addExtension(Extension.subjectAlternativeName, false, altNames);
        }
        try {
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        return generator.generateKeyPair();
    }

    private static KeyStore emptyStore() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    private static KeyStore keyStore(String alias, KeyPair key, X509Certificate... chain)
            throws GeneralSecurityException, IOException {
        KeyStore store = emptyStore();
        store.setKeyEntry(alias, key.getPrivate(), PASSWORD.toCharArray(), chain);
        return store;
    }

    private static void store(KeyStore store, Path file) throws GeneralSecurityException, IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
    }
}
