package lu.econnector.config.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.Map;
import javax.net.ssl.SSLException;
import lu.econnector.config.control.ConfigLookup;
import lu.econnector.config.control.ConfigReader;
import lu.econnector.sandbox.pki.Certificates;
import lu.econnector.sandbox.pki.Certificates.Role;
import lu.econnector.sandbox.pki.SandboxCa;
import lu.econnector.sandbox.pki.SandboxPki;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which TLS servers the upstream clients trust: the JVM's CAs and the operator's
 * {@code UPSTREAM_TLS_TRUSTSTORE}, never the KMS truststore's signature CAs. Real TLS
 * handshakes with in-process HTTPS servers.
 */
class UpstreamTrustTest {

    private static final String O = ",O=Upstream Trust Test,C=LU";

    @TempDir
    static Path folder;

    private static HttpsServer vouchedForBySignatureRoot;
    private static HttpsServer vouchedForByTlsCa;

    @BeforeAll
    static void startServers() throws Exception {
        SandboxCa signatureCas = new SandboxCa(URI.create("https://localhost:1/pki/crl/"));
        signatureCas.writeStores(folder);
        Certificates.Issued tlsCa = Certificates.selfSigned("CN=Operator TLS CA" + O, Role.ROOT, null);
        KeyStore tlsTrust = Certificates.emptyStore();
        tlsTrust.setCertificateEntry("operator-tls-ca", tlsCa.certificate());
        Certificates.write(tlsTrust, folder.resolve("operator-tls.p12"));

        vouchedForBySignatureRoot = server(signatureCas.root());
        vouchedForByTlsCa = server(tlsCa);
    }

    @AfterAll
    static void stopServers() {
        vouchedForBySignatureRoot.stop(0);
        vouchedForByTlsCa.stop(0);
    }

    @Test
    void aServerWhoseCertificateASignatureCaIssuedIsRefused() {
        UpstreamTrust cut = trust(withoutTlsTruststore());

        assertThatThrownBy(() -> get(cut, vouchedForBySignatureRoot)).isInstanceOf(SSLException.class);
    }

    @Test
    void aServerWhoseCertificateASignatureCaIssuedIsRefusedBesideAnOperatorTruststore() {
        UpstreamTrust cut = trust(withTlsTruststore());

        assertThatThrownBy(() -> get(cut, vouchedForBySignatureRoot)).isInstanceOf(SSLException.class);
    }

    @Test
    void aServerThatTheOperatorsTlsTruststoreVouchesForIsAccepted() throws Exception {
        UpstreamTrust cut = trust(withTlsTruststore());

        assertThat(get(cut, vouchedForByTlsCa)).isEqualTo(204);
    }

    @Test
    void withoutAnOperatorTruststoreAPrivateTlsCaIsNotTrusted() {
        UpstreamTrust cut = trust(withoutTlsTruststore());

        assertThatThrownBy(() -> get(cut, vouchedForByTlsCa)).isInstanceOf(SSLException.class);
    }

    private static Map<String, String> withoutTlsTruststore() {
        Map<String, String> values = new HashMap<>();
        values.put("SPRING_PROFILES_ACTIVE", "sandbox");
        values.put("TRUSTSTORE_KMS_FILENAME", SandboxCa.truststoreFile(folder).toString());
        values.put("TRUSTSTORE_KMS_PASSWORD", SandboxPki.PASSWORD);
        values.put("GENERIC_KEYSTORE_FILE", SandboxCa.genericKeystoreFile(folder).toString());
        values.put("GENERIC_KEYSTORE_PWD", SandboxPki.PASSWORD);
        return values;
    }

    private static Map<String, String> withTlsTruststore() {
        Map<String, String> values = withoutTlsTruststore();
        values.put("UPSTREAM_TLS_TRUSTSTORE", folder.resolve("operator-tls.p12").toString());
        values.put("UPSTREAM_TLS_TRUSTSTORE_PASSWORD", SandboxPki.PASSWORD);
        return values;
    }

    private static UpstreamTrust trust(Map<String, String> values) {
        return new UpstreamTrust(ConfigReader.read(ConfigLookup.withProfileDefaults(ConfigLookup.of(values))));
    }

    private static int get(UpstreamTrust trust, HttpsServer server) throws Exception {
        URI url = URI.create("https://localhost:" + server.getAddress().getPort() + "/");
        return trust.httpClient().send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** An HTTPS server on loopback whose certificate for localhost the given CA issued. */
    private static HttpsServer server(Certificates.Issued ca) throws Exception {
        Certificates.Issued certificate = Certificates.issue("CN=localhost" + O, ca, Role.SERVER,
                Certificates.localhost(), null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(
                SandboxPki.serverWith(Certificates.keyStore("tls", certificate, ca.certificate()))));
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return server;
    }
}
