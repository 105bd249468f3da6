package lu.econnector.mysecu.control;

/**
 * The names of the mySecu STS exchange (docs/upstreams.md 4.1): SOAP 1.1, WS-Security 1.1,
 * WS-Trust 1.3 and SAML 2.0 namespaces, and the URIs a WS-Trust Issue request carries.
 */
final class WsTrust {

    static final String SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    static final String WST = "http://docs.oasis-open.org/ws-sx/ws-trust/200512";
    static final String SAML2 = "urn:oasis:names:tc:SAML:2.0:assertion";

    /** WS-Security SAML Token Profile 1.1, section 3.6: the token type of a SAML 2.0 assertion. */
    static final String SAML2_TOKEN_TYPE = "http://docs.oasis-open.org/wss/oasis-wss-saml-token-profile-1.1#SAMLV2.0";
    /** WS-Trust 1.3, section 4.1. */
    static final String ISSUE = WST + "/Issue";
    /** WS-Trust 1.3, appendix: the SOAPAction of an Issue request. */
    static final String ISSUE_ACTION = WST + "/RST/Issue";
    /** RFC 8693, section 3: the token type URI of a JWT, as mySecu names the AeS access token. */
    static final String JWT_VALUE_TYPE = "urn:ietf:params:oauth:token-type:jwt";

    private WsTrust() {
    }
}
