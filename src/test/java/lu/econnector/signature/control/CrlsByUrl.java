package lu.econnector.signature.control;

import eu.europa.esig.dss.spi.client.http.DataLoader;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lu.econnector.sandbox.pki.SandboxCa;

/** The sandbox CAs' CRLs served from memory at their distribution points: no network in unit tests. */
final class CrlsByUrl implements DataLoader {

    private final Map<String, byte[]> crls = new HashMap<>();

    CrlsByUrl(SandboxCa ca) throws CRLException {
        for (Map.Entry<String, X509CRL> crl : ca.crls().entrySet()) {
            crls.put(LocalKms.CRL_BASE.resolve(crl.getKey()).toString(), crl.getValue().getEncoded());
        }
    }

    @Override
    public byte[] get(String url) {
        return crls.get(url);
    }

    @Override
    public DataAndUrl get(List<String> urls) {
        for (String url : urls) {
            if (crls.containsKey(url)) {
                return new DataAndUrl(url, crls.get(url));
            }
        }
        return null;
    }

    @Override
    public byte[] post(String url, byte[] content) {
        throw new UnsupportedOperationException("no OCSP in the sandbox");
    }

    @Override
    public void setContentType(String contentType) {
        // GET only
    }
}
