package lu.econnector.signature.control;

import eu.europa.esig.dss.spi.client.http.DataLoader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import lu.econnector.upstream.control.UpstreamHttp;

/**
 * DSS's fetcher of revocation data, through the upstream HTTP layer (the upstreams' TLS trust,
 * a deadline for the whole fetch, a size bound): GETs of CRLs only. A failure is thrown to DSS's
 * caller, which treats the CRL as not to be had. DSS's own loaders either bring another
 * HTTP stack (dss-service) or use the JVM's default trust, which lacks {@code UPSTREAM_TLS_TRUSTSTORE}.
 */
final class UpstreamDataLoader implements DataLoader {

    private static final long serialVersionUID = 1L;
    /** A CA's CRL is KBs to a few MB. */
    private static final long MAX_BYTES = 10L << 20;

    private final transient UpstreamHttp http;
    private final Duration timeout;

    UpstreamDataLoader(UpstreamHttp http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    @Override
    public byte[] get(String url) {
        URI uri = URI.create(url);
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            return null; // ldap: and file: distribution points are not followed
        }
        UpstreamHttp.Answer answer = http.exchange(new UpstreamHttp.Call("crl", "The CRL distribution point",
                MAX_BYTES, timeout), HttpRequest.newBuilder(uri).GET());
        return answer.status() == 200 ? answer.body() : null;
    }

    @Override
    public DataAndUrl get(List<String> urls) {
        for (String url : urls) {
            byte[] data = get(url);
            if (data != null) {
                return new DataAndUrl(url, data);
            }
        }
        return null;
    }

    @Override
    public byte[] post(String url, byte[] content) {
        throw new UnsupportedOperationException("only CRLs are fetched, with GET");
    }

    @Override
    public void setContentType(String contentType) {
        // GET only: no request body, no content type
    }
}
