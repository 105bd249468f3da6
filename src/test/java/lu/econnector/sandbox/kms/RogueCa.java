package lu.econnector.sandbox.kms;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.pki.Certificates;
import lu.econnector.sandbox.pki.Certificates.Role;
import lu.econnector.sandbox.pki.SandboxCa;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * A root CA, signing CA and professionals' signing certificates that copy the sandbox's
 * subject names with keys of their own: a chain that looks right by name but leads to a root
 * the truststore does not hold. No CRL distribution points: nothing should get that far.
 */
final class RogueCa {

    private final Certificates.Issued root;
    private final Certificates.Issued signingCa;
    private final Map<String, Certificates.Issued> professionals = new HashMap<>();

    RogueCa(SandboxCa genuine) throws GeneralSecurityException {
        root = Certificates.selfSigned(subjectOf(genuine.root()), Role.ROOT, null);
        signingCa = Certificates.issue(subjectOf(genuine.signingCa()), root, Role.CA, null, null);
        for (Professional professional : Professional.ALL) {
            professionals.put(professional.username(), Certificates.issue(
                    subjectOf(genuine.professional(professional.username())), signingCa, Role.SIGNER, null, null));
        }
    }

    /** The subject as BouncyCastle writes it, which it parses back to the same encoding. */
    private static String subjectOf(Certificates.Issued issued) {
        return X500Name.getInstance(issued.certificate().getSubjectX500Principal().getEncoded()).toString();
    }

    Certificates.Issued professional(String username) {
        return professionals.get(username);
    }

    /** get-certificate's order: the certificate, the signing CA, the root. */
    List<X509Certificate> chainOf(String username) {
        return List.of(professional(username).certificate(), signingCa.certificate(), root.certificate());
    }
}
