package lu.econnector.sandbox.fault;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import lu.econnector.sandbox.pki.Certificates;
import lu.econnector.sandbox.pki.Certificates.Role;
import lu.econnector.sandbox.pki.SandboxPki;

/**
 * An HTTPS port whose certificate names {@code localhost} correctly but comes from a CA that
 * nobody trusts: an upstream impersonated, or re-deployed with a certificate the operator
 * never added to the truststore. No request gets through its handshake.
 */
public final class UnknownCaServer implements AutoCloseable {

    private final HttpsServer server;

    private UnknownCaServer(HttpsServer server) {
        this.server = server;
    }

    public static UnknownCaServer start() throws IOException, GeneralSecurityException {
        Certificates.Issued unknownCa = Certificates.selfSigned("CN=Nobody's TLS CA,O=Unknown", Role.ROOT, null);
        Certificates.Issued certificate = Certificates.issue("CN=localhost,O=Unknown", unknownCa, Role.SERVER,
                Certificates.localhost(), null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(SandboxPki.serverWith(
                Certificates.keyStore("tls", certificate, unknownCa.certificate()))));
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        return new UnknownCaServer(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
