package lu.econnector.auth.control;

import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import lu.econnector.upstream.control.UpstreamFailure;

/**
 * Nimbus's JWKS source fetches the keys through {@link AesClient}, so through the upstream HTTP
 * layer, rather than through its own URL connection: one TLS trust, one connection pool, one
 * deadline, and the fetch counted among AeS's calls. Nimbus expects an {@link IOException} for
 * a fetch that failed; the failure AeS's client gave is its cause.
 */
final class AesKeysRetriever implements ResourceRetriever {

    private final AesClient aes;

    AesKeysRetriever(AesClient aes) {
        this.aes = aes;
    }

    @Override
    public Resource retrieveResource(URL url) throws IOException {
        try {
            return new Resource(aes.jwks(url.toURI()), "application/json");
        } catch (UpstreamFailure | URISyntaxException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
