package lu.econnector.upstream.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import lu.econnector.config.boundary.UpstreamTrust;
import lu.econnector.platform.BoundedBody;

/**
 * Every HTTP call to an upstream that is not SOAP through Metro, with the upstream TLS trust and
 * the connect timeout, over kept-alive HTTP/1.1 connections. A call waited for
 * ({@link #exchange}: KMS, the STS, iHUB, AeS's keys, CRLs) runs on the calling thread through
 * the JDK's blocking connection ({@link BlockingExchange}); one that must not hold its caller
 * ({@link #exchangeAsync}: AeS's discovery) goes through the JDK's asynchronous client, one for
 * the whole application. Each call is bounded as a whole by its deadline (a socket's or the
 * client's own timeout stops at one read or at the headers: a dribbling body would outlast it)
 * and its answer in size; what goes wrong becomes an {@link UpstreamFailure} through
 * {@link TransportFailures}. An HTTP error status is an answer, not a failure here: what it
 * means is the client's protocol.
 */
@ApplicationScoped
public class UpstreamHttp {

    /** An answer as it came: its status and body. */
    public record Answer(int status, byte[] body) {
    }

    /**
     * What one call is, for its failure and its bounds.
     *
     * @param upstream       {@code aes}, {@code kms}, {@code mysecu} or {@code ihub}
     * @param subject        who answers, for a failure's detail: {@code "The KMS (sign-data)"}
     * @param maxAnswerBytes larger answers are cut off and refused
     * @param deadline       for the whole call, connection and answer included
     */
    public record Call(String upstream, String subject, long maxAnswerBytes, Duration deadline) {

        /** The failure of a call whose deadline passed before its whole answer was in. */
        UpstreamFailure noCompleteAnswer() {
            return TransportFailures.failure(upstream, subject, new TransportFailures.Reason(UpstreamFailure.Kind.TIMEOUT,
                    "no complete answer within " + deadline.toMillis() + " ms"), null);
        }
    }

    /**
     * How long after a call's deadline the transport's own timeout (the client's, the socket's)
     * ends it if the deadline did not: so that a timeout is always told in the same words.
     */
    static final Duration BACKSTOP = Duration.ofSeconds(1);

    private HttpClient client;
    private BlockingExchange blocking;
    private ScheduledThreadPoolExecutor deadlines;

    /** For CDI's proxy. */
    protected UpstreamHttp() {
    }

    @Inject
    public UpstreamHttp(UpstreamTrust trust) {
        this(trust.httpClient(), trust.sslContext(), trust.connectTimeout());
    }

    /** Blocking calls with the client's own TLS trust and connect timeout. */
    public UpstreamHttp(HttpClient client) {
        this(client, client.sslContext(), client.connectTimeout().orElse(Duration.ofSeconds(10)));
    }

    public UpstreamHttp(HttpClient client, SSLContext tls, Duration connectTimeout) {
        this.client = client;
        // One thread rings every call's deadline; a call that ends first takes its alarm away.
        deadlines = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "econnector-upstream-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        deadlines.setRemoveOnCancelPolicy(true);
        blocking = new BlockingExchange(tls.getSocketFactory(), connectTimeout, deadlines);
    }

    @PreDestroy
    void stopDeadlines() {
        deadlines.shutdownNow();
    }

    /** One call, waited for on the calling thread, at most the deadline. */
    public Answer exchange(Call call, HttpRequest.Builder request) {
        return blocking.exchange(call, request.build());
    }

    /**
     * One call, on the client's threads: the future fails with an {@link UpstreamFailure}, at the
     * latest when the deadline passes, and the exchange is then cancelled.
     */
    public CompletableFuture<Answer> exchangeAsync(Call call, HttpRequest.Builder request) {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        CompletableFuture<HttpResponse<byte[]>> response;
        try {
            // The deadline below cuts the call off; the client's own timeout, a little later,
            // only backs it up, so that a timeout is always told in the same words.
            response = client.sendAsync(request.timeout(call.deadline().plus(BACKSTOP)).build(),
                    BoundedBody.handler(call.maxAnswerBytes()));
        } catch (RuntimeException e) {
            answer.completeExceptionally(TransportFailures.of(call.upstream(), call.subject(), e, call.deadline()));
            return answer;
        }
        response.whenComplete((received, failure) -> {
            if (failure == null) {
                answer.complete(new Answer(received.statusCode(), received.body()));
            } else {
                answer.completeExceptionally(TransportFailures.of(call.upstream(), call.subject(), failure,
                        call.deadline()));
            }
        });
        // The deadline's timer is the JDK's one scheduler thread, cancelled as soon as the call
        // ends: CompletableFuture.delayedExecutor would, on two cores (a common pool of one),
        // start a thread of its own for every call when its deadline passed, answered or not.
        CompletableFuture<Void> deadline = new CompletableFuture<Void>()
                .completeOnTimeout(null, call.deadline().toMillis(), TimeUnit.MILLISECONDS);
        deadline.thenRun(() -> {
            if (answer.completeExceptionally(call.noCompleteAnswer())) {
                response.cancel(true);
            }
        });
        answer.whenComplete((done, failure) -> deadline.cancel(false));
        return answer;
    }
}
