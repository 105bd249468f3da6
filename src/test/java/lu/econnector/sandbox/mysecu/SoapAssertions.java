package lu.econnector.sandbox.mysecu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading the simulator's SOAP answers in tests. */
final class SoapAssertions {

    private static final Map<String, String> NAMESPACES = Map.of("wst", Soap.WST, "wsse", Soap.WSSE, "soap", Soap.ENV);

    private SoapAssertions() {
    }

    static Document parse(HttpResponse<String> answer) throws SoapFault {
        return Soap.parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A SOAP 1.1 fault with HTTP 500 and this qualified fault code, its prefix bound to the
     * right namespace; returns the faultstring.
     */
    static String assertFault(HttpResponse<String> answer, String faultCode) throws SoapFault {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(500);
        Document fault = parse(answer);
        Node code = fault.getElementsByTagName("faultcode").item(0);
        assertThat(code).as(answer.body()).isNotNull();
        String prefix = faultCode.substring(0, faultCode.indexOf(':'));
        assertThat(code.getTextContent()).isEqualTo(faultCode);
        assertThat(code.lookupNamespaceURI(prefix)).isEqualTo(NAMESPACES.get(prefix));
        return fault.getElementsByTagName("faultstring").item(0).getTextContent();
    }

    /** The text of the first element with this name, or null. */
    static String text(Element scope, String namespace, String localName) {
        Node node = scope.getElementsByTagNameNS(namespace, localName).item(0);
        return node == null ? null : node.getTextContent();
    }

    /** A field of a syncexchange exchangeResponse. */
    static String field(HttpResponse<String> answer, String localName) throws SoapFault {
        return text(parse(answer).getDocumentElement(), Soap.SYNC, localName);
    }
}
