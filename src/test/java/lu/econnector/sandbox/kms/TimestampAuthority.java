package lu.econnector.sandbox.kms;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import lu.econnector.sandbox.Http;
import lu.econnector.sandbox.pki.Certificates;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * sign-timestamp: the sandbox TSA (RFC 3161). Its TSTInfo (section 2.4.2) holds the
 * submitted digest as message imprint, the nonce when one was given, {@link #POLICY} and a
 * serial number that grows by one per token. The token is a CMS SignedData signed by the TSA
 * key with SHA-256; its signed attributes name the TSA certificate by an ESSCertIDv2 (RFC
 * 5816 section 2.2.1) and the certificate itself is included, as for a request with certReq
 * TRUE (section 2.4.1), so a validator needs only the timestamp CA.
 */
final class TimestampAuthority {

    /**
     * The TSA policy (section 2.4.2, {@code policy}): an OID under the example arc 2.999
     * (ITU-T X.660), so it can never be mistaken for a real TSA's policy.
     */
    static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("2.999.3161.1");

    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,60}");

    private final TimeStampTokenGenerator generator;
    private BigInteger lastSerial = BigInteger.ZERO;

    TimestampAuthority(Certificates.Issued tsa) {
        try {
            SignerInfoGenerator signer = new JcaSimpleSignerInfoGeneratorBuilder()
                    .build("SHA256withRSA", tsa.privateKey(), tsa.certificate());
            // A SHA-256 certificate digest makes BouncyCastle write an ESSCertIDv2; with SHA-1
            // it would write the SHA-1-bound ESSCertID of RFC 2634 that RFC 5816 moves away from.
            generator = new TimeStampTokenGenerator(signer, new JcaDigestCalculatorProviderBuilder().build()
                    .get(new AlgorithmIdentifier(SubmittedDigest.Algorithm.SHA256.oid())), POLICY);
            generator.addCertificates(new JcaCertStore(List.of(tsa.certificate())));
        } catch (OperatorCreationException | GeneralSecurityException | TSPException e) {
            throw new IllegalStateException("the sandbox TSA cannot be set up", e);
        }
    }

    /** @return the {@code {"timestampToken":…}} answer */
    JsonObject timestamp(KmsRequest request) throws KmsRefusal, GeneralSecurityException {
        return timestamp(query(request));
    }

    /** What the request asks to be timestamped. */
    static TimestampQuery query(KmsRequest request) throws KmsRefusal {
        // SHA512 too: DSS asks for a SHA-512 imprint by default (docs/verified-facts.md, "Signature stack").
        return new TimestampQuery(request.digest(EnumSet.allOf(SubmittedDigest.Algorithm.class)), nonce(request));
    }

    /** @return the {@code {"timestampToken":…}} answer for a query, whether or not it is the one asked */
    JsonObject timestamp(TimestampQuery query) throws GeneralSecurityException {
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        requests.setCertReq(true);
        TimeStampRequest tsq = requests.generate(query.digest().algorithm().oid(), query.digest().value(),
                query.nonce());
        return Http.JSON.createObjectBuilder()
                .add("timestampToken", Base64.getEncoder().encodeToString(token(tsq)))
                .build();
    }

    /** Section 2.4.1: the nonce is an INTEGER; the KMS API carries it as a decimal string. */
    private static BigInteger nonce(KmsRequest request) throws KmsRefusal {
        String nonce = request.optionalText("nonce").orElse(null);
        if (nonce == null) {
            return null;
        }
        if (!DECIMAL.matcher(nonce).matches()) {
            throw KmsRefusal.badRequest("nonce must be a non-negative decimal number");
        }
        return new BigInteger(nonce);
    }

    /** Synchronized: the generator is not documented as thread-safe, and serials must grow. */
    private synchronized byte[] token(TimeStampRequest tsq) throws GeneralSecurityException {
        lastSerial = lastSerial.add(BigInteger.ONE);
        try {
            return generator.generate(tsq, lastSerial, new Date()).getEncoded();
        } catch (TSPException | IOException e) {
            throw new GeneralSecurityException("cannot make the timestamp token", e);
        }
    }
}
