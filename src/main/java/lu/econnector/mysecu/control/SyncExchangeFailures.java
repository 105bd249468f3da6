package lu.econnector.mysecu.control;

import com.sun.xml.ws.client.ClientTransportException;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.net.ssl.SSLException;
import javax.xml.namespace.QName;
import lu.econnector.platform.AppLog;

/**
 * What went wrong with a syncexchange call, as the problems of docs/api.md: a SOAP fault
 * is a bad answer carrying its fault code ({@code wsse:InvalidSecurityToken} told apart); an
 * error status, a refused or cut connection or a TLS failure make mySecu unavailable; no
 * answer in time is a timeout; anything else Metro could not read (malformed XML, a DTD) is a
 * bad answer. Details name the kind of failure only: never the request, its assertion or its
 * document, nor the parser's excerpt of the answer.
 */
final class SyncExchangeFailures {

    private static final Logger LOG = AppLog.of(SyncExchangeFailures.class);
    /** Fault codes under the prefixes their specifications use, whatever the answer declared. */
    private static final Map<String, String> PREFIXES = Map.of(
            SecurityHeader.WSSE, "wsse",
            SecurityHeader.SOAP11, "soap",
            "http://docs.oasis-open.org/ws-sx/ws-trust/200512", "wst");
    static final String INVALID_SECURITY_TOKEN = "wsse:InvalidSecurityToken";
    private static final int MAX_LOGGED_FAULT_STRING = 200;

    private SyncExchangeFailures() {
    }

    static MySecuFailureException of(WebServiceException failure) {
        if (failure instanceof SOAPFaultException fault) {
            return fault(fault);
        }
        if (failure instanceof ClientTransportException transport && transport.getArguments().length > 0
                && transport.getArguments()[0] instanceof Integer status) {
            return MySecuFailureException.unavailable("syncexchange answered HTTP " + status, failure);
        }
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return MySecuFailureException.timeout("syncexchange: no answer in time", failure);
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof UnknownHostException) {
                return MySecuFailureException.unavailable("syncexchange: no connection ("
                        + cause.getClass().getSimpleName() + ")", failure);
            }
            if (cause instanceof SSLException) {
                return MySecuFailureException.unavailable("syncexchange: TLS handshake failed "
                        + "(is the server certificate trusted?)", failure);
            }
            if (cause instanceof SocketException) {
                return MySecuFailureException.unavailable("syncexchange: the connection ended without an answer",
                        failure);
            }
        }
        return MySecuFailureException.badAnswer("syncexchange: an answer that is not a readable SOAP message ("
                + failure.getClass().getSimpleName() + ")", List.of(), failure);
    }

    private static MySecuFailureException fault(SOAPFaultException exception) {
        SOAPFault fault = exception.getFault();
        QName name = fault == null ? null : fault.getFaultCodeAsQName();
        String code = name == null ? "soap:Server" : PREFIXES.containsKey(name.getNamespaceURI())
                ? PREFIXES.get(name.getNamespaceURI()) + ":" + name.getLocalPart() : name.toString();
        // The fault string helps whoever reads the log; it is mySecu's text, shortened and on one line.
        LOG.warning(() -> "syncexchange fault " + code + ": " + oneLine(fault == null ? "" : fault.getFaultString()));
        String detail = "syncexchange answered the SOAP fault " + code;
        return INVALID_SECURITY_TOKEN.equals(code)
                ? MySecuFailureException.invalidSecurityToken(detail, List.of(code), exception)
                : MySecuFailureException.badAnswer(detail, List.of(code), exception);
    }

    private static String oneLine(String text) {
        String line = text == null ? "" : text.replaceAll("[\\p{Cntrl}]+", " ");
        return line.length() <= MAX_LOGGED_FAULT_STRING ? line : line.substring(0, MAX_LOGGED_FAULT_STRING) + "…";
    }
}
