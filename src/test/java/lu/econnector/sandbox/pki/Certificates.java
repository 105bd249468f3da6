package lu.econnector.sandbox.pki;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Certificates, CRLs and keystores for the sandbox's test PKIs (RFC 5280 profiles). */
public final class Certificates {

    public static final String STORE_PASSWORD = "changeit";
    static final Duration VALIDITY = Duration.ofDays(3 * 365);
    /** RFC 5280 id-ce-noRevAvail (2.5.29.56), by its number: older BouncyCastle versions lack the constant. */
    static final org.bouncycastle.asn1.ASN1ObjectIdentifier NO_REV_AVAIL =
            new org.bouncycastle.asn1.ASN1ObjectIdentifier("2.5.29.56");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Certificates() {
    }

    /** What a certificate is for: decides its extensions. */
    public enum Role { ROOT, CA, SERVER, CLIENT, SIGNER, TIMESTAMPING }

    /** A key with its certificate. */
    public record Issued(KeyPair key, X509Certificate certificate) {

        public PrivateKey privateKey() {
            return key.getPrivate();
        }
    }

    public static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        return generator.generateKeyPair();
    }

    public static Issued selfSigned(String subject, Role role, GeneralNames altNames) throws GeneralSecurityException {
        KeyPair key = rsa();
        return new Issued(key, build(subject, key, null, key, role, altNames, null));
    }

    /**
     * @param crl where the issuer publishes its CRL (the CRL distribution point), or null
     */
    public static Issued issue(String subject, Issued issuer, Role role, GeneralNames altNames, URI crl)
            throws GeneralSecurityException {
        KeyPair key = rsa();
        return new Issued(key, build(subject, key, issuer.certificate(), issuer.key(), role, altNames, crl));
    }

    /** An empty CRL of the issuer, valid for a day. */
    public static X509CRL emptyCrl(Issued issuer) throws GeneralSecurityException {
        return crl(issuer, java.util.List.of());
    }

    /** A CRL of the issuer listing the serial numbers as revoked a minute ago (key compromise), valid for a day. */
    public static X509CRL crl(Issued issuer, java.util.List<BigInteger> revoked) throws GeneralSecurityException {
        Instant now = Instant.now();
        return crl(issuer, revoked, now.minusSeconds(60), now.plus(Duration.ofDays(1)));
    }

    /**
     * A CRL of the issuer issued at {@code thisUpdate}, listing the serial numbers as revoked then
     * (key compromise), the next one promised for {@code nextUpdate} (null: no promise).
     */
    public static X509CRL crl(Issued issuer, java.util.List<BigInteger> revoked, Instant thisUpdate,
                              Instant nextUpdate) throws GeneralSecurityException {
        X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(issuer.certificate().getSubjectX500Principal(),
                Date.from(thisUpdate));
        revoked.forEach(serial -> builder.addCRLEntry(serial, Date.from(thisUpdate),
                org.bouncycastle.asn1.x509.CRLReason.keyCompromise));
        if (nextUpdate != null) {
            builder.setNextUpdate(Date.from(nextUpdate));
        }
        try {
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.certificate()));
            return new JcaX509CRLConverter().getCRL(builder.build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(issuer.privateKey())));
        } catch (IOException | OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    public static GeneralNames localhost() {
        return new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1")});
    }

    private static X509Certificate build(String subject, KeyPair subjectKey, X509Certificate issuer,
                                         KeyPair issuerKey, Role role, GeneralNames altNames, URI crl)
            throws GeneralSecurityException {
        Instant now = Instant.now();
        X500Name subjectName = new X500Name(subject);
        X500Name issuerName = issuer == null ? subjectName
                : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                new BigInteger(64, RANDOM), Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(VALIDITY)), subjectName, subjectKey.getPublic());
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(subjectKey.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false, issuer == null
                    ? extensions.createAuthorityKeyIdentifier(subjectKey.getPublic())
                    : extensions.createAuthorityKeyIdentifier(issuer));
            addRoleExtensions(builder, role);
            if (altNames != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, altNames);
            }
            if (crl != null) {
                builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                        new DistributionPoint(new DistributionPointName(new GeneralNames(
                                new GeneralName(GeneralName.uniformResourceIdentifier, crl.toString()))), null, null)}));
            }
            return new JcaX509CertificateConverter().getCertificate(builder.build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey.getPrivate())));
        } catch (IOException | OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static void addRoleExtensions(X509v3CertificateBuilder builder, Role role) throws IOException {
        switch (role) {
            case ROOT -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            }
            case CA -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            }
            case SERVER, CLIENT -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                builder.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                        role == Role.SERVER ? KeyPurposeId.id_kp_serverAuth : KeyPurposeId.id_kp_clientAuth));
            }
            case SIGNER -> {
                // A qualified-signature-like certificate: non-repudiation, and noRevAvail, which
                // the DSS default policy honours for the signer (docs/verified-facts.md, "Signature stack").
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                builder.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                builder.addExtension(NO_REV_AVAIL, false, DERNull.INSTANCE);
            }
            case TIMESTAMPING -> {
                // RFC 3161 section 2.3: the only extended key usage, critical.
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                builder.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                builder.addExtension(Extension.extendedKeyUsage, true,
                        new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            }
        }
    }

    public static KeyStore emptyStore() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    public static KeyStore keyStore(String alias, Issued issued, X509Certificate... chainAfterIt)
            throws GeneralSecurityException, IOException {
        X509Certificate[] chain = new X509Certificate[chainAfterIt.length + 1];
        chain[0] = issued.certificate();
        System.arraycopy(chainAfterIt, 0, chain, 1, chainAfterIt.length);
        KeyStore store = emptyStore();
        store.setKeyEntry(alias, issued.privateKey(), STORE_PASSWORD.toCharArray(), chain);
        return store;
    }

    /** Written to a temporary file, then moved: a reader never sees half a store. */
    public static void write(KeyStore store, Path file) throws GeneralSecurityException, IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            store.store(out, STORE_PASSWORD.toCharArray());
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
