package lu.econnector.mysecu.control;

import com.sun.xml.ws.api.message.Header;
import com.sun.xml.ws.api.message.Headers;
import com.sun.xml.ws.developer.JAXWSProperties;
import com.sun.xml.ws.developer.WSBindingProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.MTOMFeature;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import lu.econnector.config.boundary.UpstreamTrust;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.mysecu.entity.DepositReceipt;
import lu.econnector.mysecu.entity.DepositRequest;
import lu.econnector.mysecu.entity.SamlAssertion;
import lu.econnector.mysecu.soap.ExchangeResponse;
import lu.econnector.mysecu.soap.SyncExchangePortType;
import lu.econnector.mysecu.soap.SyncExchangeService;

/**
 * mySecu's {@code syncexchange} (docs/upstreams.md 4.2) through the Metro client generated from
 * its WSDL (Metro, not the JDK client of the other upstreams: MTOM and the generated types are
 * what it is for): the document as an MTOM attachment, the STS's assertion in
 * {@code wsse:Security}, over
 * the upstream TLS trust, bounded as a whole by the connect and read timeouts together.
 * <p>
 * A port's request context and outbound headers belong to whoever holds it, and each call has
 * its own professional's assertion: each call borrows a port from {@link SyncExchangePorts},
 * sets the header, and clears it before giving the port back. The {@link SyncExchangeService},
 * which holds the parsed WSDL and is thread-safe, is made once.
 * No {@code SOAPHandler}: on an MTOM port it silently inlines the attachment
 * (docs/verified-facts.md); the header goes in through Metro's own header API instead. Its failures are read as the other upstreams' are
 * ({@link SyncExchangeFailures}); the circuit and the metrics are {@link MySecuClient}'s.
 */
@ApplicationScoped
public class SyncExchangeClient {

    private SyncExchangeService service;
    private URI endpoint;
    private SSLSocketFactory tls;
    private Duration connectTimeout;
    private Duration requestTimeout;
    private SyncExchangePorts ports;
    /**
     * The threads that make the SOAP calls. Metro's request timeout bounds each read, so an answer
     * trickling in a byte at a time would hold its caller for as long as mySecu keeps sending; the
     * caller waits for the whole call no longer than the connect and request timeouts together, and the port goes back
     * to the pool only when Metro is done with it. As many threads as calls in flight, each idle
     * one gone after a minute.
     */
    private final ExecutorService callers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "syncexchange-call");
                thread.setDaemon(true);
                return thread;
            });

    /** For CDI's proxy. */
    protected SyncExchangeClient() {
    }

    @Inject
    public SyncExchangeClient(EconnectorConfig config, UpstreamTrust trust) {
        this(SyncExchangeWsdl.choose(config.mySecu().syncExchangeWsdl(), config.mySecu().syncExchangeUrl()),
                config.mySecu().syncExchangeUrl(), trust.sslContext(), config.limits().connectTimeout(),
                config.limits().readTimeout());
    }

    /**
     * @param wsdl           the WSDL to build the service from ({@link SyncExchangeWsdl})
     * @param endpoint       {@code CCSS_SYNC_URL}
     * @param requestTimeout how long an answer may take once connected
     */
    public SyncExchangeClient(URL wsdl, URI endpoint, SSLContext tls, Duration connectTimeout,
                              Duration requestTimeout) {
        this.service = new SyncExchangeService(wsdl);
        this.endpoint = endpoint;
        this.tls = tls.getSocketFactory();
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.ports = new SyncExchangePorts(this::newPort);
    }

    /**
     * Deposits one document under the professional's assertion. The receipt says whether mySecu
     * had the message id already ({@link DepositReceipt#replayed()}).
     *
     * @throws MySecuRejectedException mySecu answered {@code REJECTED} (422, its codes)
     * @throws lu.econnector.upstream.control.UpstreamFailure a SOAP fault (502, its code; {@code
     *         wsse:InvalidSecurityToken} for a refused assertion), a bad answer (502), unavailable (503),
     *         timeout (504)
     */
    public DepositReceipt exchange(SamlAssertion assertion, DepositRequest request) {
        DtdRefusingReaders.install(); // for this thread's context class loader, which Metro's parsing goes by
        Instant now = Instant.now();
        SyncExchangePortType port = ports.borrow();
        WSBindingProvider headers = (WSBindingProvider) port;
        headers.setOutboundHeaders(Headers.create(SecurityHeader.of(assertion, now)));
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        // The port goes back before the call's future completes: a caller that sends its next
        // deposit as soon as this one is answered then finds it idle instead of making another.
        CompletableFuture<ExchangeResponse> call = CompletableFuture.supplyAsync(() -> {
            try {
                Thread.currentThread().setContextClassLoader(application);
                DtdRefusingReaders.install();
                return port.exchange(SyncExchangeMessages.request(request, now));
            } finally {
                headers.setOutboundHeaders(List.<Header>of()); // the assertion does not outlive its call
                ports.giveBack(port);
            }
        }, callers);
        ExchangeResponse answer;
        Duration deadline = connectTimeout.plus(requestTimeout);
        try {
            answer = call.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw SyncExchangeFailures.noCompleteAnswer(deadline);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebServiceException failure) {
                throw SyncExchangeFailures.of(failure, requestTimeout);
            }
            throw e.getCause() instanceof RuntimeException unexpected ? unexpected : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw MySecuClient.unavailable("mySecu's syncexchange was not waited for: interrupted", e);
        }
        return SyncExchangeMessages.receipt(answer, request.messageId(), now);
    }

    /**
     * Builds one port ahead of the first deposit: Metro's first port costs well over a second
     * (its runtime starting), which no caller should wait for.
     */
    public void warmUp() {
        ports.giveBack(ports.borrow());
    }

    private SyncExchangePortType newPort() {
        SyncExchangePortType port = service.getSyncExchangePort(new MTOMFeature(true));
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint.toString());
        context.put(JAXWSProperties.SSL_SOCKET_FACTORY, tls);
        context.put(JAXWSProperties.CONNECT_TIMEOUT, millis(connectTimeout));
        context.put(JAXWSProperties.REQUEST_TIMEOUT, millis(requestTimeout));
        return port;
    }

    /** For tests: how many ports wait for the next calls. */
    int idlePorts() {
        return ports.idle();
    }

    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, duration.toMillis()));
    }
}
