package lu.econnector.sandbox.mysecu;

/**
 * A SOAP 1.1 fault to answer, with its qualified fault code (SOAP 1.1 section 4.4):
 * the WS-Trust 1.3 codes (section 11) for the STS, the WS-Security 1.1 codes (SOAP
 * Message Security, section 12) for syncexchange, {@code soap:Client} for a request
 * that does not follow the WSDL.
 */
final class SoapFault extends Exception {

    private final String prefix;
    private final String namespace;
    private final String localName;

    private SoapFault(String prefix, String namespace, String localName, String reason) {
        super(reason, null, false, false);
        this.prefix = prefix;
        this.namespace = namespace;
        this.localName = localName;
    }

    /** WS-Trust 1.3 section 11: "Authentication failed". */
    static SoapFault failedAuthentication(String reason) {
        return new SoapFault("wst", Soap.WST, "FailedAuthentication", reason);
    }

    /** WS-Trust 1.3 section 11: "The request was invalid or malformed". */
    static SoapFault invalidRequest(String reason) {
        return new SoapFault("wst", Soap.WST, "InvalidRequest", reason);
    }

    /** WS-Security 1.1 section 12: "An invalid security token was provided". */
    static SoapFault invalidSecurityToken(String reason) {
        return new SoapFault("wsse", Soap.WSSE, "InvalidSecurityToken", reason);
    }

    /** WS-Security 1.1 section 12: "An error was discovered processing the Security header". */
    static SoapFault invalidSecurity(String reason) {
        return new SoapFault("wsse", Soap.WSSE, "InvalidSecurity", reason);
    }

    /** WS-Security 1.1 section 12: "The message has expired". */
    static SoapFault messageExpired(String reason) {
        return new SoapFault("wsse", Soap.WSSE, "MessageExpired", reason);
    }

    /** SOAP 1.1 section 4.4.1: the message was incorrectly formed. */
    static SoapFault client(String reason) {
        return new SoapFault("soap", Soap.ENV, "Client", reason);
    }

    String prefix() {
        return prefix;
    }

    String namespace() {
        return namespace;
    }

    String localName() {
        return localName;
    }
}
