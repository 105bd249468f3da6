package lu.econnector.signature.control;

import eu.europa.esig.dss.spi.client.http.DataLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import lu.econnector.platform.BoundedInputStream;

/**
 * DSS's fetcher of revocation data, over the JDK's HTTP client with the upstreams' TLS trust
 * and timeouts, and a size bound: GETs of CRLs only. DSS's own loaders either bring another
 * HTTP stack (dss-service) or use the JVM's default trust, which lacks {@code UPSTREAM_TLS_TRUSTSTORE}.
 */
final class UpstreamDataLoader implements DataLoader {

    private static final long serialVersionUID = 1L;
    /** A CA's CRL is KBs to a few MB. */
    private static final long MAX_BYTES = 10L << 20;

    private final transient HttpClient client;
    private final Duration timeout;

    UpstreamDataLoader(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    public byte[] get(String url) {
        URI uri = URI.create(url);
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            return null; // ldap: and file: distribution points are not followed
        }
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(timeout).build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = new BoundedInputStream(response.body(), MAX_BYTES)) {
                return response.statusCode() == 200 ? body.readAllBytes() : null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
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
