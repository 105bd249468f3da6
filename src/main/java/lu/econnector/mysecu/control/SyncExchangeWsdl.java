package lu.econnector.mysecu.control;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;

/**
 * Which WSDL the syncexchange client is built from. The client's classes were generated from
 * the copy bundled in the WAR ({@code /wsdl/syncexchange.wsdl}), and the endpoint address comes
 * from {@code CCSS_SYNC_URL} whatever the WSDL says, so the service's own {@code ?wsdl}
 * (what every profile's {@code SYNC_EXCHANGE_WSDL} names) adds nothing but a network call at
 * start, made outside our TLS trust and timeouts, that would keep deposits down whenever
 * mySecu is slow to publish it. That default is therefore read from the bundled copy; the
 * readiness check is what proves the published WSDL answers. Only an operator's deliberate
 * other location (a {@code file:} copy, another server) is loaded as given.
 */
final class SyncExchangeWsdl {

    static final String BUNDLED = "/wsdl/syncexchange.wsdl";

    private SyncExchangeWsdl() {
    }

    /**
     * @param configured {@code SYNC_EXCHANGE_WSDL}, may be null
     * @param endpoint   {@code CCSS_SYNC_URL}
     */
    static URL choose(URI configured, URI endpoint) {
        if (configured == null || isServicesOwn(configured, endpoint)) {
            return bundled();
        }
        try {
            return configured.toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("SYNC_EXCHANGE_WSDL is not a URL", e);
        }
    }

    static URL bundled() {
        URL bundled = SyncExchangeWsdl.class.getResource(BUNDLED);
        if (bundled == null) {
            throw new IllegalStateException(BUNDLED + " is missing from the WAR");
        }
        return bundled;
    }

    /** {@code <endpoint>?wsdl}, as Metro and most SOAP stacks publish a service's description. */
    private static boolean isServicesOwn(URI wsdl, URI endpoint) {
        String query = wsdl.getQuery();
        return query != null && query.equalsIgnoreCase("wsdl") && endpoint != null
                && stripQuery(wsdl).equals(stripQuery(endpoint));
    }

    private static String stripQuery(URI uri) {
        String text = uri.toString();
        int query = text.indexOf('?');
        return (query < 0 ? text : text.substring(0, query)).replaceAll("/+$", "");
    }
}
