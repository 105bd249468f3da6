package lu.econnector.health.control;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import lu.econnector.upstream.control.TransportFailures;

/**
 * One bounded HTTP request that tells whether an upstream URL answers. For a GET, any HTTP
 * answer below 500 counts as reachable (a 401 or 405 from an endpoint that wants a token or a
 * POST still proves the server is there), unless the caller needs a 2xx, as for a discovery
 * document; an API that wants a token can be asked to refuse an anonymous POST.
 */
final class ReachabilityProbe {

    /** @param problem null when reachable, else why not, in words safe to show anyone */
    record Outcome(String problem, long latencyMillis) {
    }

    private final HttpClient client;
    private final Duration timeout;

    ReachabilityProbe(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    Outcome probe(URI url, boolean needsSuccess) {
        long start = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(url).GET().timeout(timeout)
                .header("Accept", "application/json, */*;q=0.5").build();
        String problem = problemOf(request, status -> status >= 500 || needsSuccess && (status < 200 || status > 299)
                ? "HTTP " + status : null);
        return new Outcome(problem, Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    /**
     * A POST of {@code {}} without credentials, which a live API that checks tokens answers
     * with 401: that proves more than a reachable port (the application runs and refuses
     * strangers), and costs the upstream nothing. Anything else is a problem, a 200 above all.
     */
    Outcome probeRefusesAnonymous(URI url) {
        long start = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(url).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .timeout(timeout).header("Content-Type", "application/json").header("Accept", "application/json")
                .build();
        String problem = problemOf(request, status -> status == 401 ? null
                : status >= 200 && status <= 299 ? "HTTP " + status + " without a token" : "HTTP " + status);
        return new Outcome(problem, Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    /**
     * The whole exchange is bounded, body included: the request's own timeout ends with the
     * headers, and an upstream that dribbles its answer would hold the status page otherwise.
     */
    private String problemOf(HttpRequest request, IntFunction<String> judge) {
        CompletableFuture<HttpResponse<Void>> answer = client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            return judge.apply(answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS).statusCode());
        } catch (TimeoutException e) {
            answer.cancel(true);
            return "no answer within " + timeout.toMillis() + " ms";
        } catch (ExecutionException e) {
            // The words every upstream client uses for the same failure.
            TransportFailures.Reason reason = TransportFailures.recognise(e.getCause(), timeout);
            return reason == null ? "I/O error (" + e.getCause().getClass().getSimpleName() + ")" : reason.text();
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
