package lu.econnector.it;

import java.util.List;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.signature.control.CrlsByUrl;
import lu.econnector.signature.control.DistributionPointCrlSource;
import lu.econnector.signature.control.SignatureValidator;
import lu.econnector.signature.entity.SignatureReport;

/** DSS in the test JVM: only the sandbox root trusted, the CAs' CRLs as the sandbox publishes them. */
final class SandboxValidation {

    private SandboxValidation() {
    }

    static SignatureReport validate(SandboxServer sandbox, byte[] pdf) throws Exception {
        return new SignatureValidator(List.of(sandbox.ca().root().certificate()),
                new DistributionPointCrlSource(new CrlsByUrl(sandbox.ca(), sandbox.base().resolve("pki/crl/"))))
                .validate(pdf);
    }
}
