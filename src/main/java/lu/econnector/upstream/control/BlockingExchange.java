package lu.econnector.upstream.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpRetryException;
import java.net.HttpURLConnection;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;
import lu.econnector.platform.BoundedBody;

/**
 * One upstream call on the calling thread, through the JDK's blocking {@link HttpURLConnection}
 * and its pool of kept-alive connections: the request written, the answer read, nothing handed
 * to another thread. Per call this costs a fifth to an eighth of the CPU of the JDK's
 * asynchronous client, whose answer passes from its selector thread to a worker and back to
 * the caller through futures (docs/performance.md).
 *
 * <p>A request with a body is sent in fixed-length streaming mode: the JDK then never sends a
 * POST twice (in buffered mode it resends one whose answer failed on a reused connection; a
 * KMS signature must not be made twice unasked), and it first checks that a pooled connection
 * is still open (a read of 1 ms), so that a connection the upstream closed while idle is not
 * used. The whole call is bounded by its deadline: an alarm closes the connection when it
 * passes, which ends a read blocked on a dribbling answer; the socket's read timeout only backs
 * it up.
 */
final class BlockingExchange {

    private static final int BUFFER_BYTES = 8192;

    private final SSLSocketFactory tls;
    private final Duration connectTimeout;
    private final ScheduledExecutorService alarms;

    BlockingExchange(SSLSocketFactory tls, Duration connectTimeout, ScheduledExecutorService alarms) {
        this.tls = tls;
        this.connectTimeout = connectTimeout;
        this.alarms = alarms;
    }

    UpstreamHttp.Answer exchange(UpstreamHttp.Call call, HttpRequest request) {
        HttpURLConnection connection;
        byte[] body;
        try {
            body = bodyOf(request, call.deadline());
            connection = (HttpURLConnection) request.uri().toURL().openConnection();
        } catch (IOException | RuntimeException e) {
            throw TransportFailures.of(call.upstream(), call.subject(), e, call.deadline());
        }
        configure(connection, request, call.deadline());
        CutOff cutOff = new CutOff(connection);
        ScheduledFuture<?> alarm = alarms.schedule(cutOff, call.deadline().toMillis(), TimeUnit.MILLISECONDS);
        UpstreamHttp.Answer answer;
        try {
            answer = send(connection, body, call.maxAnswerBytes(), cutOff);
        } catch (IOException | RuntimeException e) {
            if (!cutOff.finish()) {
                throw call.noCompleteAnswer();
            }
            // What is left on the connection is unknown: it must not go back to the pool.
            connection.disconnect();
            throw TransportFailures.of(call.upstream(), call.subject(), e, call.deadline());
        } finally {
            alarm.cancel(false);
        }
        if (!cutOff.finish()) {
            throw call.noCompleteAnswer();
        }
        return answer;
    }

    private void configure(HttpURLConnection connection, HttpRequest request, Duration deadline) {
        if (connection instanceof HttpsURLConnection https) {
            https.setSSLSocketFactory(tls);
        }
        connection.setInstanceFollowRedirects(false); // an upstream that moves is a configuration matter
        connection.setUseCaches(false);
        connection.setConnectTimeout((int) connectTimeout.toMillis());
        connection.setReadTimeout((int) deadline.plus(UpstreamHttp.BACKSTOP).toMillis());
        try {
            connection.setRequestMethod(request.method());
        } catch (ProtocolException e) {
            throw new IllegalArgumentException("not an HTTP method: " + request.method(), e);
        }
        request.headers().map().forEach((name, values) -> values.forEach(value ->
                connection.addRequestProperty(name, value)));
    }

    private static UpstreamHttp.Answer send(HttpURLConnection connection, byte[] body, long maxAnswerBytes,
            CutOff cutOff) throws IOException {
        if (body != null) {
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(body.length);
        }
        try {
            connection.connect(); // a kept-alive connection from the pool, or a new one
        } catch (SocketTimeoutException e) {
            // No connection is an upstream down, as the asynchronous client says it.
            throw new HttpConnectTimeoutException("no connection within the connect timeout");
        }
        if (body != null) {
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
        }
        int status;
        try {
            status = connection.getResponseCode();
        } catch (HttpRetryException unauthorised) {
            // A 401 in streaming mode: the JDK would answer it with credentials, and cannot resend.
            return new UpstreamHttp.Answer(unauthorised.responseCode(), new byte[0]);
        }
        // Cut off while the headers were read, the JDK answers -1 rather than failing, and would
        // open a new connection for whatever is asked of it next.
        if (cutOff.isCut() || status < 0) {
            throw new SocketException("no valid HTTP status line");
        }
        if (connection.getContentLengthLong() > maxAnswerBytes) {
            throw new BoundedBody.TooLargeException(maxAnswerBytes);
        }
        InputStream answer = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        return new UpstreamHttp.Answer(status,
                answer == null ? new byte[0] : read(answer, maxAnswerBytes, connection, cutOff));
    }

    /**
     * The whole answer, which gives the connection back to the pool; nothing past the limit.
     * Each read that brings bytes after the deadline ends the call: the alarm's close of the
     * connection cannot be relied on to end a read that keeps getting a byte now and then (on
     * Payara it waited for the trickle to end).
     */
    private static byte[] read(InputStream answer, long limit, HttpURLConnection connection, CutOff cutOff)
            throws IOException {
        try (answer) {
            ByteArrayOutputStream collected = new ByteArrayOutputStream();
            byte[] buffer = new byte[BUFFER_BYTES];
            for (int n = answer.read(buffer); n != -1; n = answer.read(buffer)) {
                if (cutOff.isCut()) {
                    throw new SocketException("cut off at the deadline");
                }
                if (collected.size() + (long) n > limit) {
                    // Closed before the stream's close, which would otherwise drain the rest
                    // to keep the connection.
                    connection.disconnect();
                    throw new BoundedBody.TooLargeException(limit);
                }
                collected.write(buffer, 0, n);
            }
            return collected.toByteArray();
        }
    }

    /**
     * The request's body as bytes, or null when it has none. The callers describe requests as
     * for the JDK's client; their bodies are strings and byte arrays, whose publishers hand over
     * their bytes at once.
     */
    private static byte[] bodyOf(HttpRequest request, Duration deadline) throws IOException {
        HttpRequest.BodyPublisher publisher = request.bodyPublisher().orElse(null);
        if (publisher == null) {
            return null;
        }
        Collected collected = new Collected();
        publisher.subscribe(collected);
        try {
            return collected.bytes.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the request's body could not be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the request's body", e);
        }
    }

    /**
     * The alarm at the deadline and the call's end race for one flag: whichever comes first
     * decides, so a call that finished is never cut off, and one cut off is never an answer.
     */
    private static final class CutOff implements Runnable {

        private final AtomicBoolean decided = new AtomicBoolean();
        private volatile boolean cut;
        private final HttpURLConnection connection;

        CutOff(HttpURLConnection connection) {
            this.connection = connection;
        }

        @Override
        public void run() {
            if (decided.compareAndSet(false, true)) {
                cut = true;
                connection.disconnect(); // a read blocked on silence fails at once
            }
        }

        boolean isCut() {
            return cut;
        }

        /** @return true when the call ended before its deadline */
        boolean finish() {
            return decided.compareAndSet(false, true);
        }
    }

    /** Collects a request body publisher's bytes. */
    private static final class Collected implements Flow.Subscriber<ByteBuffer> {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final CompletableFuture<byte[]> bytes = new CompletableFuture<>();

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(ByteBuffer item) {
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            out.writeBytes(chunk);
        }

        @Override
        public void onError(Throwable throwable) {
            bytes.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            bytes.complete(out.toByteArray());
        }
    }
}
