package lu.econnector;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * The vendor API, under {@code /econnector}. Errors are RFC 9457 problem details; every
 * response carries {@code X-Request-Id}.
 */
@ApplicationPath("econnector")
@OpenAPIDefinition(
        info = @Info(title = "eConnector", version = "v1",
                description = "The gateway of practice software to the Luxembourg health-insurance services: "
                        + "validates the professional's AeS token, renders CNS documents as PDF/A, signs them "
                        + "remotely (KMS, PAdES) and deposits them on mySecu. Errors are RFC 9457 "
                        + "application/problem+json with a requestId; every response carries X-Request-Id.",
                // No url: the terms are this server's, and a relative URL is refused by swagger-parser,
                // thus by openapi-generator, which take the licence's url for an absolute one.
                license = @License(name = "Terms of use, served at /econnector/terms: accepted with ACCEPT_LICENSE=true")),
        servers = @Server(url = "/", description = "This eConnector"))
@SecurityScheme(securitySchemeName = "aes", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "The professional's AeS access token, as the vendor obtained it (OpenID Connect). "
                + "In the sandbox: POST https://localhost:9443/auth/realms/default/protocol/openid-connect/token "
                + "with grant_type=password, client sandbox-vendor / sandbox-secret, user dr.muller / sandbox.")
public class EconnectorApi extends Application {
}
