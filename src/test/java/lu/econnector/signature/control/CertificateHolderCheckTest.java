package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import lu.econnector.sandbox.pki.Certificates;
import lu.econnector.upstream.control.UpstreamFailure;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whose certificate it is, and whether it may sign: the subject's serialNumber and the key usage. */
class CertificateHolderCheckTest {

    private static final String MULLER = "90812100";
    private static final int SIGNING = KeyUsage.digitalSignature | KeyUsage.nonRepudiation;

    static KeyPair key;

    @BeforeAll
    static void key() throws Exception {
        key = Certificates.rsa();
    }

    @Test
    void theTokensProfessionalsSigningCertificatePasses() throws Exception {
        assertThatCode(() -> CertificateHolderCheck.check(certificate("CN=Dr Anne Muller,SERIALNUMBER=" + MULLER,
                SIGNING), MULLER)).doesNotThrowAnyException();
    }

    @Test
    void anotherProfessionalsCertificateIsRejectedNamingItsSerialNumber() throws Exception {
        X509Certificate weber = certificate("CN=Dr Paul Weber,SERIALNUMBER=90812201", SIGNING);

        assertThatThrownBy(() -> CertificateHolderCheck.check(weber, MULLER))
                .isInstanceOf(UpstreamFailure.class)
                .hasMessageContaining("another professional (serialNumber 90812201)")
                .hasMessageContaining("does not name this professional (ps_code 90812100)");
    }

    /** Exact equality: a code that contains, prefixes or extends the ps_code names someone else. */
    @Test
    void aSerialNumberThatOnlyResemblesThePsCodeIsRejected() throws Exception {
        for (String lookalike : new String[] {"PNOLU-" + MULLER, MULLER + "0", MULLER.substring(1)}) {
            X509Certificate certificate = certificate("CN=Dr Anne Muller,SERIALNUMBER=" + lookalike, SIGNING);

            assertThatThrownBy(() -> CertificateHolderCheck.check(certificate, MULLER)).as(lookalike)
                    .hasMessageContaining("another professional");
        }
    }

    @Test
    void aSubjectWithoutSerialNumberIsRejected() throws Exception {
        assertThatThrownBy(() -> CertificateHolderCheck.check(certificate("CN=Dr Anne Muller", SIGNING), MULLER))
                .hasMessageContaining("without a serialNumber").hasMessageContaining("does not name this professional");
    }

    @Test
    void aSubjectWithTwoSerialNumbersIsRejectedEvenIfOneIsThePsCode() throws Exception {
        X509Certificate both = certificate("CN=Dr Anne Muller,SERIALNUMBER=" + MULLER + ",SERIALNUMBER=90812201",
                SIGNING);

        assertThatThrownBy(() -> CertificateHolderCheck.check(both, MULLER))
                .hasMessageContaining("another professional");
    }

    @Test
    void eitherSigningBitSuffices() throws Exception {
        for (int usage : new int[] {KeyUsage.digitalSignature, KeyUsage.nonRepudiation}) {
            X509Certificate certificate = certificate("CN=Dr Anne Muller,SERIALNUMBER=" + MULLER, usage);

            assertThatCode(() -> CertificateHolderCheck.check(certificate, MULLER)).doesNotThrowAnyException();
        }
    }

    @Test
    void aKeyUsageWithoutSigningIsRejected() throws Exception {
        X509Certificate encipherOnly = certificate("CN=Dr Anne Muller,SERIALNUMBER=" + MULLER,
                KeyUsage.keyEncipherment | KeyUsage.dataEncipherment);

        assertThatThrownBy(() -> CertificateHolderCheck.check(encipherOnly, MULLER))
                .hasMessageContaining("key usage does not allow signing");
    }

    @Test
    void aCertificateWithoutKeyUsageIsRejected() throws Exception {
        assertThatThrownBy(() -> CertificateHolderCheck.check(
                certificate("CN=Dr Anne Muller,SERIALNUMBER=" + MULLER, null), MULLER))
                .hasMessageContaining("without a key usage");
    }

    @Test
    void theKmsTextShownIsPrintableAndShort() throws Exception {
        X509Certificate noisy = certificate("CN=x,SERIALNUMBER=" + "9".repeat(100) + "\u0007", SIGNING);

        assertThatThrownBy(() -> CertificateHolderCheck.check(noisy, MULLER))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u0007").doesNotContain("9".repeat(65)));
    }

    /** A self-signed certificate with that subject and key usage (none when null). */
    private static X509Certificate certificate(String subject, Integer keyUsage) throws Exception {
        Instant now = Instant.now();
        X500Name name = new X500Name(subject);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))), name,
                key.getPublic());
        if (keyUsage != null) {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(key.getPrivate())));
    }
}
