package lu.econnector.sandbox;

import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import lu.econnector.sandbox.pki.SandboxCa;

/**
 * Publishes the sandbox CAs: their CRLs at the distribution points their certificates name
 * ({@code /pki/crl/<ca>.crl}), and the root certificate ({@code /pki/root-ca.crt}) for
 * vendors who want to trust the sandbox.
 */
final class PkiPublisher implements Simulator {

    private final SandboxCa ca;

    PkiPublisher(SandboxCa ca) {
        this.ca = ca;
    }

    @Override
    public void register(SandboxServer server) {
        server.route("/pki/crl/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring("/pki/crl/".length());
            X509CRL crl = ca.crls().get(name);
            if (crl == null) {
                Http.error(exchange, 404, "not_found", "no such CRL");
                return;
            }
            try {
                Http.send(exchange, 200, "application/pkix-crl", crl.getEncoded());
            } catch (CRLException e) {
                Http.error(exchange, 500, "crl", "cannot encode the CRL");
            }
        });
        server.route("/pki/root-ca.crt", exchange -> {
            try {
                Http.send(exchange, 200, "application/pkix-cert", ca.root().certificate().getEncoded());
            } catch (CertificateEncodingException e) {
                Http.error(exchange, 500, "certificate", "cannot encode the certificate");
            }
        });
    }
}
