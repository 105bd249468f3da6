package lu.econnector;

import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Payara adds a top-level {@code endpoints} member to the document (the URLs of each path on
 * each listener): not part of OpenAPI 3.0, it makes generators refuse the document, and it
 * names the server's host and ports, so that the contract would change with the machine.
 * Payara's model has no public type for it outside its module; its writer leaves an empty map
 * out, so the filter empties it.
 */
final class PayaraEndpoints {

    private PayaraEndpoints() {
    }

    static void remove(OpenAPI openAPI) {
        try {
            Object endpoints = openAPI.getClass().getMethod("getEndpoints").invoke(openAPI);
            if (endpoints instanceof Map<?, ?> map) {
                map.clear();
            }
        } catch (NoSuchMethodException e) {
            // another implementation: it adds no such member
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot remove Payara's endpoints from the OpenAPI document", e);
        }
    }
}
