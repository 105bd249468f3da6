package lu.econnector.sandbox.aes;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * An OpenID Connect client registered in the sandbox AeS (docs/templates/README.md, "Sandbox
 * fixtures"): the vendor's SaaS and the eConnector's admin console.
 */
record SandboxClient(String id, String secret, boolean directAccessGrants, List<String> redirectPatterns) {

    static final SandboxClient VENDOR = new SandboxClient("sandbox-vendor", "sandbox-secret", true,
            List.of("https://localhost:{port}/vendor/callback", "http://127.0.0.1:*/callback"));
    static final SandboxClient CONSOLE = new SandboxClient("econnector-console", "console-secret", false,
            List.of("https://localhost:*/admin/callback"));

    static Optional<SandboxClient> byId(String id) {
        return List.of(VENDOR, CONSOLE).stream().filter(c -> c.id.equals(id)).findFirst();
    }

    /** Exact match, but for {@code *} standing for any port; {@code {port}} is the sandbox's own. */
    boolean accepts(String redirectUri, int sandboxPort) {
        if (redirectUri == null) {
            return false;
        }
        URI uri;
        try {
            uri = URI.create(redirectUri);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return false;
        }
        for (String pattern : redirectPatterns) {
            String resolved = pattern.replace("{port}", String.valueOf(sandboxPort));
            String[] parts = resolved.split("\\*", -1);
            if (parts.length == 1 ? resolved.equals(redirectUri)
                    : redirectUri.startsWith(parts[0]) && redirectUri.endsWith(parts[1])
                    && redirectUri.substring(parts[0].length(), redirectUri.length() - parts[1].length())
                    .matches("\\d{1,5}")) {
                return true;
            }
        }
        return false;
    }
}
