package lu.econnector.signature.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.security.cert.X509Certificate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import lu.econnector.auth.entity.Professional;
import lu.econnector.signature.entity.ProfessionalView;
import lu.econnector.platform.ProblemException;
import lu.econnector.signature.control.SigningCertificates;
import lu.econnector.signature.entity.CertificateSummary;

/**
 * {@code GET /me}: the professional the token names, with the certificate the KMS would sign
 * in their name. It lives beside signing, not in auth, because it asks the KMS: signature
 * builds on auth's identity, never the other way round.
 */
@Path("api/v1/me")
@RequestScoped
@Tag(name = "Professional", description = "Who the eConnector acts for")
@SecurityRequirement(name = "aes")
public class MeResource {

    @Context
    SecurityContext security;

    @Inject
    SigningCertificates certificates;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The professional the access token names",
            description = "Lets a vendor check a professional's token and enrolment before sending documents.")
    @APIResponse(responseCode = "200", description = "The professional",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "ProfessionalView"),
                    examples = @ExampleObject(name = "dr.muller", value = """
                            {"psCode":"90812100","name":"Dr Anne Muller","username":"dr.muller",
                             "clientId":"sandbox-vendor",
                             "certificate":{"subject":"CN=Dr Anne Muller,O=Sandbox","issuer":"CN=Sandbox Signing CA",
                               "serialNumber":"1a2b","notBefore":"2026-11-28T00:00:00Z",
                               "notAfter":"2028-11-28T00:00:00Z"}}""")))
    @APIResponse(responseCode = "401", description = "No token, or a token refused (WWW-Authenticate says why)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "The AeS keys cannot be fetched",
            content = @Content(mediaType = "application/problem+json"))
    public ProfessionalView me() {
        Professional professional = (Professional) security.getUserPrincipal();
        try {
            // Checked as signing checks it, so that a certificate that would be refused is not shown as theirs.
            X509Certificate certificate = certificates.checkedChain(professional).get(0);
            return ProfessionalView.of(professional, CertificateSummary.of(certificate), null);
        } catch (ProblemException noCertificate) {
            // The identity stands without it: the vendor learns why signing would fail.
            return ProfessionalView.of(professional, null, noCertificate.getMessage());
        }
    }
}
