package lu.econnector.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import lu.econnector.config.boundary.UpstreamTrust;
import lu.econnector.config.entity.EconnectorConfig;

/**
 * The AeS discovery document (OpenID Connect Discovery 1.0 section 4), read once: its
 * {@code issuer} must be the configured one exactly (section 4.3), and it names the JWKS.
 * A failure is AeS's outage and is retried at the next request.
 */
@ApplicationScoped
public class IssuerDiscovery {

    /** What the eConnector uses of the document. */
    public record Document(String issuer, URI jwksUri) {
    }

    @Inject
    EconnectorConfig config;

    @Inject
    UpstreamTrust trust;

    private volatile Document document;

    public synchronized Document document() {
        if (document == null) {
            document = fetch();
        }
        return document;
    }

    private Document fetch() {
        URI location = URI.create(config.aes().issuer() + "/.well-known/openid-configuration");
        HttpRequest request = HttpRequest.newBuilder(location).timeout(config.limits().readTimeout())
                .header("Accept", "application/json").build();
        try {
            HttpResponse<String> response = trust.httpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw unavailable("answered HTTP " + response.statusCode(), null);
            }
            JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
            String issuer = json.getString("issuer", "");
            if (!issuer.equals(config.aes().issuer().toString())) {
                throw unavailable("names another issuer", null);
            }
            return new Document(issuer, URI.create(json.getString("jwks_uri")));
        } catch (IOException | JsonException | ClassCastException | NullPointerException
                 | IllegalArgumentException e) {
            throw unavailable("cannot be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("was interrupted", e);
        }
    }

    private static IdentityProviderUnavailableException unavailable(String what, Throwable cause) {
        return new IdentityProviderUnavailableException("The AeS discovery document " + what + ".", cause);
    }
}
