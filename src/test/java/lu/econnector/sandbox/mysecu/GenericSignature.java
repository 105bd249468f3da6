package lu.econnector.sandbox.mysecu;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import lu.econnector.sandbox.pki.Certificates;
import org.apache.wss4j.common.WSS4JConstants;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.common.crypto.WSProviderConfig;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.WSDataRef;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.engine.WSSecurityEngine;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.apache.wss4j.dom.message.token.Timestamp;
import org.apache.wss4j.dom.str.STRParser;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The STS's check of the {@code wsse:Security} header of a WS-Trust request (docs/upstreams.md
 * 4.1). WSS4J's DOM engine does the cryptography: the Timestamp's freshness (WS-Security 1.1
 * SOAP Message Security, section 10), the XML Signature's references and value (section 8)
 * and the trust path of the X.509 BinarySecurityToken (X.509 Token Profile 1.1, section 3.1)
 * to the sandbox root. What the engine leaves to its caller is checked here: that there was
 * a Timestamp at all, that the signature covers this Body and this Timestamp (not some other
 * element with the same wsu:Id: a wrapping attack), with RSA-SHA256, SHA-256 and exclusive
 * C14N, and that its certificate is the eConnector's generic one and no other of the root's.
 */
final class GenericSignature {

    static {
        // Before any other WSS4J call: otherwise WSS4J adds JVM-wide security providers (docs/verified-facts.md).
        WSProviderConfig.init(false, false, false);
    }

    private final X509Certificate generic;
    private final Merlin trust = new Merlin();
    /** WSS4J's processors and validators, set up once: read only while verifying. */
    private final WSSConfig config = WSSConfig.getNewInstance();

    GenericSignature(X509Certificate generic, X509Certificate root) {
        this.generic = generic;
        try {
            KeyStore store = Certificates.emptyStore();
            store.setCertificateEntry("sandbox-root", root);
            trust.setTrustStore(store);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns quietly when the header is as mySecu wants it; a FailedAuthentication fault otherwise. */
    void verify(Document request, Element body) throws SoapFault {
        WSHandlerResult result;
        try {
            RequestData data = new RequestData();
            data.setWssConfig(config);
            data.setSigVerCrypto(trust);
            result = new WSSecurityEngine().processSecurityHeader(request, data);
        } catch (WSSecurityException e) {
            throw SoapFault.failedAuthentication("wsse:Security refused: " + e.getMessage());
        }
        if (result == null) {
            throw SoapFault.failedAuthentication("no wsse:Security header");
        }
        Element timestamp = timestamp(result);
        WSSecurityEngineResult signature = only(result, WSConstants.SIGN, "one XML Signature");
        if (!generic.equals(signature.get(WSSecurityEngineResult.TAG_X509_CERTIFICATE))) {
            throw SoapFault.failedAuthentication("not signed with the generic certificate");
        }
        if (signature.get(WSSecurityEngineResult.TAG_X509_REFERENCE_TYPE) != STRParser.REFERENCE_TYPE.DIRECT_REF) {
            throw SoapFault.failedAuthentication("the certificate must be sent as a BinarySecurityToken");
        }
        expect(signature.get(WSSecurityEngineResult.TAG_SIGNATURE_METHOD), WSS4JConstants.RSA_SHA256);
        expect(signature.get(WSSecurityEngineResult.TAG_CANONICALIZATION_METHOD),
                WSS4JConstants.C14N_EXCL_OMIT_COMMENTS);
        @SuppressWarnings("unchecked")
        List<WSDataRef> references = (List<WSDataRef>) signature.get(WSSecurityEngineResult.TAG_DATA_REF_URIS);
        for (WSDataRef reference : references) {
            expect(reference.getDigestAlgorithm(), WSS4JConstants.SHA256);
        }
        covers(references, body, "the SOAP Body");
        covers(references, timestamp, "the Timestamp");
    }

    private static Element timestamp(WSHandlerResult result) throws SoapFault {
        WSSecurityEngineResult found = only(result, WSConstants.TS, "one wsu:Timestamp");
        return ((Timestamp) found.get(WSSecurityEngineResult.TAG_TIMESTAMP)).getElement();
    }

    private static WSSecurityEngineResult only(WSHandlerResult result, int action, String what) throws SoapFault {
        List<WSSecurityEngineResult> found = result.getActionResults().getOrDefault(action, List.of());
        if (found.size() != 1) {
            throw SoapFault.failedAuthentication("the security header must hold " + what);
        }
        return found.get(0);
    }

    private static void expect(Object actual, String algorithm) throws SoapFault {
        if (!algorithm.equals(actual)) {
            throw SoapFault.failedAuthentication("algorithm " + actual + " where " + algorithm + " is required");
        }
    }

    private static void covers(List<WSDataRef> references, Element element, String what) throws SoapFault {
        if (references.stream().noneMatch(r -> r.getProtectedElement() == element)) {
            throw SoapFault.failedAuthentication("the signature does not cover " + what);
        }
    }
}
