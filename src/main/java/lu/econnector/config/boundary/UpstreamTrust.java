package lu.econnector.config.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.config.entity.KeyStoreFile;
import lu.econnector.platform.UpstreamTls;

/**
 * The TLS trust for every upstream (docs/upstreams.md): the JVM's CAs, plus the operator's
 * {@code UPSTREAM_TLS_TRUSTSTORE} when set (a private CA in front of an upstream, the
 * sandbox's loopback certificate), with one SSL context for all, and the one HTTP client
 * that uses it. The KMS truststore is deliberately not part of it: its CAs vouch for
 * signatures and timestamps ({@code KmsTrust}), and a CA that may issue signing
 * certificates must not be able to impersonate AeS, the KMS or mySecu on the wire.
 */
@ApplicationScoped
public class UpstreamTrust {

    private EconnectorConfig config;
    private SSLContext sslContext;
    private HttpClient httpClient;

    protected UpstreamTrust() {
        // for CDI's proxy
    }

    @Inject
    public UpstreamTrust(EconnectorConfig config) {
        this.config = config;
    }

    public synchronized SSLContext sslContext() {
        if (sslContext == null) {
            sslContext = build();
        }
        return sslContext;
    }

    /** {@code UPSTREAM_CONNECT_TIMEOUT_MS}: how long a new connection to an upstream may take. */
    public Duration connectTimeout() {
        return config.limits().connectTimeout();
    }

    /**
     * The JDK's asynchronous HTTP client for the upstream calls that must not hold their caller
     * (the health probes, AeS discovery; the calls waited for go through the JDK's blocking
     * connection with the same trust and timeout, {@code UpstreamHttp}): this trust,
     * {@code UPSTREAM_CONNECT_TIMEOUT_MS}, no redirects (an upstream that moves is a configuration matter), HTTP/1.1. One client, one
     * connection pool; each request sets its own answer deadline.
     */
    public synchronized HttpClient httpClient() {
        if (httpClient == null) {
            httpClient = HttpClient.newBuilder()
                    .sslContext(sslContext())
                    .connectTimeout(config.limits().connectTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
        }
        return httpClient;
    }

    private SSLContext build() {
        try {
            KeyStoreFile operator = config.upstreamTlsTruststore();
            return UpstreamTls.sslContext(operator == null ? null
                    : KeyStore.getInstance(operator.file().toFile(), operator.storePassword()));
        } catch (GeneralSecurityException | IOException e) {
            // The startup checks opened this truststore already: failing here is a defect.
            throw new IllegalStateException("cannot build the upstream TLS trust", e);
        }
    }
}
