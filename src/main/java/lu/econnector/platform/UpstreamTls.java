package lu.econnector.platform;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The TLS context the eConnector talks to its upstreams with: the JVM's CAs, plus an
 * operator's truststore when there is one (a private CA in front of an upstream, the
 * sandbox's loopback certificate). A server chain either of them accepts is trusted; no
 * client certificate is ever offered or accepted.
 */
public final class UpstreamTls {

    private UpstreamTls() {
    }

    /** @param operatorTruststore null when the operator set none: the JVM's CAs alone */
    public static SSLContext sslContext(KeyStore operatorTruststore) throws GeneralSecurityException {
        X509TrustManager jvm = trustManager(null);
        X509TrustManager trusted = operatorTruststore == null ? jvm
                : new EitherTrustManager(jvm, trustManager(operatorTruststore));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trusted}, null);
        return context;
    }

    private static X509TrustManager trustManager(KeyStore keyStore) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(keyStore);
        return Arrays.stream(factory.getTrustManagers())
                .filter(X509TrustManager.class::isInstance).map(X509TrustManager.class::cast)
                .findFirst().orElseThrow();
    }

    /** Trusts a server chain that either the JVM's CAs or the operator's TLS truststore accepts. */
    private record EitherTrustManager(X509TrustManager jvm, X509TrustManager operator) implements X509TrustManager {

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                jvm.checkServerTrusted(chain, authType);
            } catch (CertificateException notJvmTrusted) {
                operator.checkServerTrusted(chain, authType);
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("client certificates are not accepted here");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return Stream.concat(Arrays.stream(jvm.getAcceptedIssuers()), Arrays.stream(operator.getAcceptedIssuers()))
                    .toArray(X509Certificate[]::new);
        }
    }
}
