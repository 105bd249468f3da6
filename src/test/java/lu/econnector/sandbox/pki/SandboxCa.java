package lu.econnector.sandbox.pki;

import static lu.econnector.sandbox.pki.Certificates.Role;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509CRL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import lu.econnector.sandbox.Professional;

/**
 * The CNS world's test PKI, generated at every start of the simulators (its CRL
 * distribution points name the simulators' port):
 * <pre>
 * sandbox root CA ─┬─ signing CA ── one signing certificate per test professional (noRevAvail)
 *                  ├─ timestamp CA ── the TSA certificate (timeStamping, critical)
 *                  ├─ generic certificate (the eConnector's, signs STS requests)
 *                  └─ STS certificate (signs SAML assertions)
 * sandbox TLS CA ──── TLS certificate of the simulators (localhost)
 * </pre>
 * The TLS CA stands apart, in its own trust file ({@code UPSTREAM_TLS_TRUSTSTORE}), as a
 * real operator's would: the CAs that vouch for signatures never vouch for a TLS server.
 * Each CA publishes a CRL at {@code <crlBase>/<ca>.crl}: docs/verified-facts.md explains why DSS needs
 * revocation data for every certificate but the signer's. The signing CA's lists the
 * certificates of the professionals marked {@code certificateRevoked}.
 */
public final class SandboxCa {

    public static final String ROOT_ALIAS = "sandbox-root-ca";
    public static final String SIGNING_CA_ALIAS = "sandbox-signing-ca";
    public static final String TIMESTAMP_CA_ALIAS = "sandbox-timestamp-ca";
    public static final String GENERIC_ALIAS = "generic";
    public static final String TLS_CA_ALIAS = "sandbox-tls-ca";

    private static final String O = ",O=eConnector Sandbox,C=LU";

    private final Certificates.Issued root;
    private final Certificates.Issued signingCa;
    private final Certificates.Issued timestampCa;
    private final Certificates.Issued tsa;
    private final Certificates.Issued generic;
    private final Certificates.Issued sts;
    private final Certificates.Issued tlsCa;
    private final Certificates.Issued tls;
    private final Map<String, Certificates.Issued> professionals = new LinkedHashMap<>();
    private final Map<String, X509CRL> crls = new LinkedHashMap<>();

    /** @param crlBase where the CRLs are served, ending with a slash */
    public SandboxCa(URI crlBase) throws GeneralSecurityException {
        root = Certificates.selfSigned("CN=eConnector Sandbox Root CA" + O, Role.ROOT, null);
        URI rootCrl = crlBase.resolve("root-ca.crl");
        signingCa = Certificates.issue("CN=eConnector Sandbox Signing CA" + O, root, Role.CA, null, rootCrl);
        timestampCa = Certificates.issue("CN=eConnector Sandbox Timestamp CA" + O, root, Role.CA, null, rootCrl);
        tsa = Certificates.issue("CN=eConnector Sandbox TSA" + O, timestampCa, Role.TIMESTAMPING, null,
                crlBase.resolve("timestamp-ca.crl"));
        generic = Certificates.issue("CN=eConnector Sandbox Generic" + O, root, Role.CLIENT, null, rootCrl);
        sts = Certificates.issue("CN=mySecu Sandbox STS" + O, root, Role.CLIENT, null, rootCrl);
        tlsCa = Certificates.selfSigned("CN=eConnector Sandbox TLS CA" + O, Role.ROOT, null);
        tls = Certificates.issue("CN=localhost,OU=Simulated upstreams" + O, tlsCa, Role.SERVER,
                Certificates.localhost(), null);
        URI signingCaCrl = crlBase.resolve("signing-ca.crl");
        List<BigInteger> revoked = new ArrayList<>();
        for (Professional professional : Professional.ALL) {
            // A revoked certificate names where its revocation is published, as a real CA's would.
            Certificates.Issued certificate = Certificates.issue("CN=" + professional.name()
                    + ",SERIALNUMBER=" + professional.psCode() + O, signingCa, Role.SIGNER, null,
                    professional.certificateRevoked() ? signingCaCrl : null);
            professionals.put(professional.username(), certificate);
            if (professional.certificateRevoked()) {
                revoked.add(certificate.certificate().getSerialNumber());
            }
        }
        crls.put("root-ca.crl", Certificates.emptyCrl(root));
        crls.put("signing-ca.crl", Certificates.crl(signingCa, revoked));
        crls.put("timestamp-ca.crl", Certificates.emptyCrl(timestampCa));
    }

    /**
     * Writes {@code truststore.p12} (the three CA aliases), {@code generic-keystore.p12} and
     * {@code tls-truststore.p12} (the TLS CA).
     */
    public void writeStores(Path folder) throws GeneralSecurityException, IOException {
        Certificates.write(truststore(), truststoreFile(folder));
        Certificates.write(tlsTruststore(), tlsTruststoreFile(folder));
        Certificates.write(Certificates.keyStore(GENERIC_ALIAS, generic, root.certificate()),
                genericKeystoreFile(folder));
    }

    public static Path truststoreFile(Path folder) {
        return folder.resolve("truststore.p12");
    }

    public static Path genericKeystoreFile(Path folder) {
        return folder.resolve("generic-keystore.p12");
    }

    public static Path tlsTruststoreFile(Path folder) {
        return folder.resolve("tls-truststore.p12");
    }

    /** What a client of the simulators trusts for TLS: the TLS CA alone. */
    public KeyStore tlsTruststore() throws GeneralSecurityException, IOException {
        KeyStore trust = Certificates.emptyStore();
        trust.setCertificateEntry(TLS_CA_ALIAS, tlsCa.certificate());
        return trust;
    }

    public KeyStore truststore() throws GeneralSecurityException, IOException {
        KeyStore trust = Certificates.emptyStore();
        trust.setCertificateEntry(ROOT_ALIAS, root.certificate());
        trust.setCertificateEntry(SIGNING_CA_ALIAS, signingCa.certificate());
        trust.setCertificateEntry(TIMESTAMP_CA_ALIAS, timestampCa.certificate());
        return trust;
    }

    /** TLS for the simulators' HTTPS port. */
    public SSLContext serverContext() throws GeneralSecurityException, IOException {
        return SandboxPki.serverWith(Certificates.keyStore("tls", tls, tlsCa.certificate()));
    }

    /** TLS for a client of the simulators (tests): trusts the sandbox TLS CA only. */
    public SSLContext clientContext() throws GeneralSecurityException, IOException {
        return SandboxPki.clientTrusting(tlsTruststore());
    }

    public Certificates.Issued root() {
        return root;
    }

    public Certificates.Issued signingCa() {
        return signingCa;
    }

    public Certificates.Issued timestampCa() {
        return timestampCa;
    }

    public Certificates.Issued tsa() {
        return tsa;
    }

    public Certificates.Issued generic() {
        return generic;
    }

    public Certificates.Issued sts() {
        return sts;
    }

    /** The signing certificate of a test professional, by user name. */
    public Certificates.Issued professional(String username) {
        return professionals.get(username);
    }

    /** The CRLs by file name ({@code root-ca.crl}, {@code signing-ca.crl}, {@code timestamp-ca.crl}). */
    public Map<String, X509CRL> crls() {
        return crls;
    }
}
