package lu.econnector.sandbox.mysecu;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import lu.econnector.sandbox.Http;

/**
 * The WSDLs of the two services, at {@code ?wsdl} as Metro serves them, with the
 * {@code soap:address} rewritten to this server's URL as Metro does. The eConnector's
 * health probe GETs the STS's; the syncexchange one is the project's own
 * ({@code src/main/resources/wsdl/syncexchange.wsdl}), from which the client is generated.
 */
final class Wsdls {

    static final String TRUST_PATH = "/ws/soap/trust";
    static final String SYNC_PATH = "/ws/soap/espinst/syncexchange";
    private static final String SYNC_ADDRESS = "https://ws.mysecu.lu:7443" + SYNC_PATH;

    private final String trust;
    private final String syncExchange;

    Wsdls(URI base) {
        this.trust = TRUST.formatted(base.resolve(TRUST_PATH));
        try (InputStream in = Wsdls.class.getResourceAsStream("/wsdl/syncexchange.wsdl")) {
            if (in == null) {
                throw new IllegalStateException("wsdl/syncexchange.wsdl is not on the class path");
            }
            this.syncExchange = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace(SYNC_ADDRESS, base.resolve(SYNC_PATH).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String trust() {
        return trust;
    }

    String syncExchange() {
        return syncExchange;
    }

    /**
     * Answers what is not a SOAP POST: the WSDL to {@code GET ?wsdl}, 405 to anything else.
     *
     * @return true when the exchange has been answered
     */
    static boolean answersGet(HttpExchange exchange, String wsdl) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("POST")) {
            return false;
        }
        if (method.equals("GET") && Http.query(exchange).containsKey("wsdl")) {
            Http.send(exchange, 200, "text/xml; charset=utf-8", wsdl.getBytes(StandardCharsets.UTF_8));
        } else {
            exchange.getResponseHeaders().set("Allow", "POST");
            Http.send(exchange, 405, "text/plain; charset=utf-8",
                    "POST a SOAP 1.1 message, or GET ?wsdl".getBytes(StandardCharsets.UTF_8));
        }
        return true;
    }

    /** Just enough of a WS-Trust 1.3 STS description (its Issue binding) for a probe or a tool. */
    private static final String TRUST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <wsdl:definitions name="SecurityTokenService" targetNamespace="urn:lu:mysecu:sandbox:sts"
                xmlns:tns="urn:lu:mysecu:sandbox:sts" xmlns:wst="http://docs.oasis-open.org/ws-sx/ws-trust/200512"
                xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
                xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <wsdl:types>
                <xs:schema targetNamespace="http://docs.oasis-open.org/ws-sx/ws-trust/200512" elementFormDefault="qualified">
                  <xs:complexType name="Open">
                    <xs:sequence><xs:any processContents="lax" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
                    <xs:anyAttribute processContents="lax"/>
                  </xs:complexType>
                  <xs:element name="RequestSecurityToken" type="wst:Open"/>
                  <xs:element name="RequestSecurityTokenResponseCollection" type="wst:Open"/>
                </xs:schema>
              </wsdl:types>
              <wsdl:message name="RequestSecurityToken"><wsdl:part name="request" element="wst:RequestSecurityToken"/></wsdl:message>
              <wsdl:message name="RequestSecurityTokenResponseCollection">
                <wsdl:part name="response" element="wst:RequestSecurityTokenResponseCollection"/>
              </wsdl:message>
              <wsdl:portType name="SecurityTokenService">
                <wsdl:operation name="Issue">
                  <wsdl:input message="tns:RequestSecurityToken"/>
                  <wsdl:output message="tns:RequestSecurityTokenResponseCollection"/>
                </wsdl:operation>
              </wsdl:portType>
              <wsdl:binding name="SecurityTokenServiceBinding" type="tns:SecurityTokenService">
                <soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>
                <wsdl:operation name="Issue">
                  <soap:operation soapAction="http://docs.oasis-open.org/ws-sx/ws-trust/200512/RST/Issue"/>
                  <wsdl:input><soap:body use="literal"/></wsdl:input>
                  <wsdl:output><soap:body use="literal"/></wsdl:output>
                </wsdl:operation>
              </wsdl:binding>
              <wsdl:service name="SecurityTokenService">
                <wsdl:port name="SecurityTokenServicePort" binding="tns:SecurityTokenServiceBinding">
                  <soap:address location="%s"/>
                </wsdl:port>
              </wsdl:service>
            </wsdl:definitions>
            """;
}
