package lu.econnector.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import lu.econnector.sandbox.pki.SandboxPki;

/**
 * HTTP/1.1 over TLS written byte for byte: the request target goes on the wire exactly as
 * given, with no normalisation, encoding or dot-segment removal by a client library (Java's
 * {@code HttpClient} refuses a backslash and some clients resolve {@code ..} themselves). The
 * server's certificate and host name are checked as {@link EconnectorClient} does.
 */
final class RawHttps {

    private final SSLContext trust;
    private final int port;

    RawHttps(int port) {
        this.port = port;
        try {
            this.trust = SandboxPki.clientTrusting(EconnectorClient.testPki().saasKeystore());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    record Answer(int status, Map<String, String> headers, String body) {

        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    /** Sends {@code METHOD target HTTP/1.1} with the given extra header lines, and reads the whole answer. */
    Answer send(String method, String target, String... headerLines) {
        try (SSLSocket socket = (SSLSocket) trust.getSocketFactory().createSocket("localhost", port)) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: localhost:").append(port).append("\r\n").append("Connection: close\r\n");
            for (String line : headerLines) {
                request.append(line).append("\r\n");
            }
            if (!method.equals("GET")) {
                request.append("Content-Length: 0\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target + " failed", e);
        }
    }

    /**
     * Sends the request line, the header lines as given (framing included: a
     * {@code Content-Length} or {@code Transfer-Encoding}) and then {@code body}, which may be
     * only the start of what the headers announce; then reads one answer, by its own framing,
     * without waiting for the connection to close. The rest of the body is never sent: an
     * answer at all proves the server did not wait for it. A server that stops reading and
     * closes while the body is still being written is tolerated (its answer is read after).
     */
    Answer sendPartially(String method, String target, byte[] body, String... headerLines) {
        try (SSLSocket socket = (SSLSocket) trust.getSocketFactory().createSocket("localhost", port)) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: localhost:").append(port).append("\r\n");
            for (String line : headerLines) {
                request.append(line).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                for (int sent = 0; sent < body.length; sent += 16 * 1024) {
                    out.write(body, sent, Math.min(16 * 1024, body.length - sent));
                }
                out.flush();
            } catch (IOException refusedMidway) {
                // the server answered and closed before taking it all: its answer is still readable
            }
            return readOne(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target + " failed", e);
        }
    }

    private static Answer readOne(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            head.writeBytes((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? unchunk(in)
                : in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static Answer parse(byte[] raw) throws IOException {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(new ByteArrayInputStream(body));
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    /** RFC 9112 section 7.1: chunk sizes in hex, each chunk followed by CRLF, a zero-size chunk last. */
    private static byte[] unchunk(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(size));
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
