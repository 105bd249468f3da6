package lu.econnector.sandbox.mysecu;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;
import lu.econnector.sandbox.Http;

/**
 * mySecu's {@code syncexchange} service (docs/upstreams.md 4.2, {@code wsdl/syncexchange.wsdl}),
 * operation {@code exchange}. The security header is checked before the body is read; then
 * a message id seen before gets its first answer again, and a new one is accepted or, when
 * the document does not hash to the declared SHA-256, rejected with DOC_DIGEST_MISMATCH.
 * The message id is mySecu's key across all professionals: a repeat from anyone gets the first
 * answer.
 */
final class SyncExchange implements HttpHandler {

    static final String DIGEST_MISMATCH = "DOC_DIGEST_MISMATCH";
    private static final String SOAP_TYPE = "text/xml; charset=utf-8";

    private final BearerHeader bearer;
    private final Deposits deposits;
    private final Wsdls wsdls;
    private final Supplier<SyncExchangeMisbehaviour> misbehaviour;
    private final XxeAnswer xxe;

    SyncExchange(BearerHeader bearer, Deposits deposits, Wsdls wsdls, Supplier<SyncExchangeMisbehaviour> misbehaviour,
                 XxeAnswer xxe) {
        this.bearer = bearer;
        this.deposits = deposits;
        this.wsdls = wsdls;
        this.misbehaviour = misbehaviour;
        this.xxe = xxe;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (Wsdls.answersGet(exchange, wsdls.syncExchange())) {
            return;
        }
        try {
            XopPackage message = XopPackage.read(exchange);
            Instant now = Instant.now();
            String psCode = bearer.psCode(message.envelope(), now);
            ExchangeRequest request = ExchangeRequest.read(Soap.body(message.envelope()), message);
            SyncExchangeMisbehaviour wrong = misbehaviour.get();
            if (wrong == SyncExchangeMisbehaviour.LATE) {
                ExchangeAnswer answer = deposits.answer(request.messageId(), () -> decide(request, psCode, now));
                sleep(SyncExchangeMisbehaviour.LATE_BY);
                Soap.send(exchange, answer.toBody()); // to a client long gone, if its timeout is shorter
                return;
            }
            if (wrong != null) {
                misbehave(exchange, wrong, request, now);
                return;
            }
            Soap.send(exchange, deposits.answer(request.messageId(), () -> decide(request, psCode, now)).toBody());
        } catch (SoapFault fault) {
            Soap.sendFault(exchange, fault);
        }
    }

    /** Answers a well-formed, well-secured request wrongly, remembering nothing. */
    private void misbehave(HttpExchange exchange, SyncExchangeMisbehaviour wrong, ExchangeRequest request,
                           Instant now) throws IOException, SoapFault {
        Instant receivedAt = now.truncatedTo(ChronoUnit.MILLIS);
        switch (wrong) {
            case XXE -> Http.send(exchange, 200, SOAP_TYPE, xxe.body(request.messageId(), receivedAt));
            case DOCTYPE -> Http.send(exchange, 200, SOAP_TYPE, XxeAnswer.withUnusedDoctype(request.messageId(),
                    receivedAt));
            case BILLION_LAUGHS -> Http.send(exchange, 200, SOAP_TYPE, XxeAnswer.billionLaughs(request.messageId(),
                    receivedAt));
            case REJECTED -> Soap.send(exchange, ExchangeAnswer.rejected(request.messageId(), receivedAt,
                    new ExchangeAnswer.Error(SyncExchangeMisbehaviour.REJECTED_CODE, "rejected on demand")).toBody());
            case INVALID_SECURITY_TOKEN -> throw SoapFault.invalidSecurityToken("the assertion is refused on demand");
            case LATE -> throw new IllegalStateException("a late answer is a real one, handled before");
        }
    }

    private ExchangeAnswer decide(ExchangeRequest request, String psCode, Instant now) {
        Instant receivedAt = now.truncatedTo(ChronoUnit.MILLIS);
        String actual = sha256(request.content());
        if (!actual.equals(request.sha256())) {
            return ExchangeAnswer.rejected(request.messageId(), receivedAt, new ExchangeAnswer.Error(DIGEST_MISMATCH,
                    "the document's SHA-256 is " + actual + ", not the declared " + request.sha256()));
        }
        String reference = "MYSECU-" + UUID.randomUUID();
        deposits.add(Deposit.of(request, psCode, reference, receivedAt));
        return ExchangeAnswer.accepted(request.messageId(), reference, receivedAt);
    }

    private static void sleep(Duration duration) throws IOException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
