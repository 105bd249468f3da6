package lu.econnector.mysecu.control;

import com.sun.xml.ws.client.ClientTransportException;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.xml.namespace.QName;
import lu.econnector.platform.AppLog;
import lu.econnector.upstream.control.TransportFailures;
import lu.econnector.upstream.control.UpstreamFailure;

/**
 * What went wrong with a syncexchange call: a SOAP fault is a bad answer carrying its fault
 * code (a {@code wsse:InvalidSecurityToken} is told apart by that code); an error status makes
 * mySecu unavailable; what Metro met on the wire (no connection, no answer in time, a TLS
 * failure, a cut connection) is read by the one {@link TransportFailures} classification that
 * every upstream's client shares; anything else Metro could not read (malformed XML, a DTD) is
 * a bad answer. Details name the kind of failure only: never the request, its assertion or its
 * document, nor the parser's excerpt of the answer.
 */
final class SyncExchangeFailures {

    private static final Logger LOG = AppLog.of(SyncExchangeFailures.class);
    /** Fault codes under the prefixes their specifications use, whatever the answer declared. */
    private static final Map<String, String> PREFIXES = Map.of(
            SecurityHeader.WSSE, "wsse",
            SecurityHeader.SOAP11, "soap",
            "http://docs.oasis-open.org/ws-sx/ws-trust/200512", "wst");
    /** The fault code of an assertion syncexchange refuses: missing, expired or foreign. */
    static final String INVALID_SECURITY_TOKEN = "wsse:InvalidSecurityToken";
    private static final String SUBJECT = "mySecu's syncexchange";
    private static final int MAX_LOGGED_FAULT_STRING = 200;

    private SyncExchangeFailures() {
    }

    /** @param deadline the answer deadline the call had, for the words of a timeout */
    static UpstreamFailure of(WebServiceException failure, Duration deadline) {
        if (failure instanceof SOAPFaultException fault) {
            return fault(fault);
        }
        if (failure instanceof ClientTransportException transport && transport.getArguments().length > 0
                && transport.getArguments()[0] instanceof Integer status) {
            return MySecuClient.unavailable(SUBJECT + " answered HTTP " + status, failure);
        }
        TransportFailures.Reason onTheWire = TransportFailures.recognise(failure.getCause(), deadline);
        if (onTheWire != null) {
            return TransportFailures.failure(MySecuClient.UPSTREAM, SUBJECT, onTheWire, failure);
        }
        return MySecuClient.badAnswer(SUBJECT + " gave a bad answer: not a readable SOAP message ("
                + failure.getClass().getSimpleName() + ")", List.of(), failure);
    }

    /** No whole answer within the deadline, though bytes may have kept coming (504). */
    static UpstreamFailure noCompleteAnswer(Duration deadline) {
        return TransportFailures.failure(MySecuClient.UPSTREAM, SUBJECT, new TransportFailures.Reason(
                UpstreamFailure.Kind.TIMEOUT, "no complete answer within " + deadline.toMillis() + " ms"), null);
    }

    /** Whether mySecu refused the SAML assertion: a new one may succeed where this one failed. */
    static boolean isInvalidSecurityToken(UpstreamFailure failure) {
        return failure.codes().contains(INVALID_SECURITY_TOKEN);
    }

    private static UpstreamFailure fault(SOAPFaultException exception) {
        SOAPFault fault = exception.getFault();
        QName name = fault == null ? null : fault.getFaultCodeAsQName();
        String code = name == null ? "soap:Server" : PREFIXES.containsKey(name.getNamespaceURI())
                ? PREFIXES.get(name.getNamespaceURI()) + ":" + name.getLocalPart() : name.toString();
        // The fault string helps whoever reads the log; it is mySecu's text, shortened and on one line.
        LOG.warning(() -> "syncexchange fault " + code + ": " + oneLine(fault == null ? "" : fault.getFaultString()));
        return MySecuClient.badAnswer("syncexchange answered the SOAP fault " + code, List.of(code), exception);
    }

    private static String oneLine(String text) {
        String line = text == null ? "" : text.replaceAll("[\\p{Cntrl}]+", " ");
        return line.length() <= MAX_LOGGED_FAULT_STRING ? line : line.substring(0, MAX_LOGGED_FAULT_STRING) + "…";
    }
}
