package lu.econnector.sandbox.mysecu;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import lu.econnector.sandbox.Http;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.Simulator;
import lu.econnector.sandbox.aes.AesKeys;
import lu.econnector.sandbox.pki.SandboxCa;

/**
 * The simulated mySecu (docs/upstreams.md 4): the STS at {@code /ws/soap/trust} (upstream
 * {@code mysecu}, operation {@code sts}) and syncexchange at
 * {@code /ws/soap/espinst/syncexchange} (operation {@code syncexchange}), both with their
 * {@code ?wsdl}. What syncexchange accepted is listed at {@code GET /_sandbox/mysecu/deposits}
 * (JSON) and forgotten with {@code DELETE}; in-process tests use {@link #deposits()}. The STS
 * is observed and steered at {@code /_sandbox/mysecu/sts} ({@link StsControlPath}), in-process
 * with {@link #sts()}. syncexchange misbehaves on demand ({@link #misbehave},
 * {@link SyncExchangeMisbehaviour}) and keeps its last request as received
 * ({@link #lastExchange()}); both also over HTTP ({@link SyncExchangeControls}).
 * {@link #clear()} undoes all of it.
 */
public final class MySecuSimulator implements Simulator {

    public static final String UPSTREAM = "mysecu";
    public static final String DEPOSITS_PATH = "/_sandbox/mysecu/deposits";
    public static final String STS_CONTROL_PATH = "/_sandbox/mysecu/sts";
    public static final String MISBEHAVIOUR_PATH = "/_sandbox/mysecu/misbehaviour";
    public static final String LAST_EXCHANGE_PATH = "/_sandbox/mysecu/last-exchange";
    private static final String SOAP_TYPE = "text/xml; charset=utf-8";
    /** What an injected malformed answer holds: an envelope cut short. */
    private static final String MALFORMED = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Bo";

    private final SandboxCa ca;
    private final AesKeys aesKeys;
    private final Deposits deposits = new Deposits();
    private final StsControl sts = new StsControl();
    private final AtomicReference<SyncExchangeMisbehaviour> misbehaviour = new AtomicReference<>();
    private final XxeAnswer xxe = new XxeAnswer();
    private final RequestCapture capture = new RequestCapture();

    public MySecuSimulator(SandboxCa ca, AesKeys aesKeys) {
        this.ca = ca;
        this.aesKeys = aesKeys;
    }

    @Override
    public void register(SandboxServer server) {
        Wsdls wsdls = new Wsdls(server.base());
        // The STS's own URL names it as the assertions' Issuer; syncexchange accepts no other.
        String issuer = server.base().resolve(Wsdls.TRUST_PATH.substring(1)).toString();
        server.route(Wsdls.TRUST_PATH, UPSTREAM, "sts", SOAP_TYPE, MALFORMED, new SecurityTokenService(
                new GenericSignature(ca.generic().certificate(), ca.root().certificate()), aesKeys,
                new SamlIssuer(issuer, ca.sts()), wsdls, sts));
        server.route(STS_CONTROL_PATH, new StsControlPath(sts));
        server.route(Wsdls.SYNC_PATH, UPSTREAM, "syncexchange", SOAP_TYPE, MALFORMED, new SyncExchange(
                new BearerHeader(issuer, ca.sts().certificate().getPublicKey()), deposits, wsdls,
                misbehaviour::get, xxe)).getFilters().add(0, capture); // first: the bytes before any fault
        SyncExchangeControls controls = new SyncExchangeControls(this);
        server.route(MISBEHAVIOUR_PATH, controls::misbehaviour);
        server.route(LAST_EXCHANGE_PATH, controls::lastExchange);
        server.route(DEPOSITS_PATH, exchange -> {
            if (exchange.getRequestMethod().equals("DELETE")) {
                deposits.clear();
                Http.send(exchange, 204, "application/json", new byte[0]);
            } else if (Http.method(exchange, "GET")) {
                Http.json(exchange, 200, deposits.toJson());
            }
        });
    }

    /** The STS's count of Issue requests, misbehaviour and assertion lifetime, for in-process tests. */
    public StsControl sts() {
        return sts;
    }

    /** What syncexchange has accepted, for in-process tests. */
    public Deposits deposits() {
        return deposits;
    }

    /** From now on syncexchange answers as the misbehaviour says, until {@link #behave()} or {@link #clear()}. */
    public void misbehave(SyncExchangeMisbehaviour misbehaviour) {
        this.misbehaviour.set(misbehaviour);
    }

    /** Back to normal answers. */
    public void behave() {
        misbehaviour.set(null);
    }

    /** What {@link SyncExchangeMisbehaviour#XXE}'s external entity would bring in: must never show up. */
    public String xxeMarker() {
        return xxe.marker();
    }

    /** The last syncexchange request as it came off the wire, if any since the last {@link #clear()}. */
    public Optional<CapturedRequest> lastExchange() {
        return capture.last();
    }

    /**
     * How many syncexchange requests arrived since the last {@link #clear()}, each repeat of a
     * message id counted: the deposits show what mySecu kept, this what the eConnector sent.
     */
    public int exchangesReceived() {
        return capture.received();
    }

    public void forgetLastExchange() {
        capture.clear();
    }

    /** Back to a clean state: no deposit, no remembered answer, no misbehaviour, no captured request. */
    public void clear() {
        deposits.clear();
        sts.clear();
        behave();
        forgetLastExchange();
    }
}
