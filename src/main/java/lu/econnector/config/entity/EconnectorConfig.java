package lu.econnector.config.entity;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import lu.econnector.config.entity.PadesLevel;

/**
 * The eConnector's configuration, typed and checked for form. Built once at startup by
 * {@link lu.econnector.config.control.ConfigReader}; the startup checks then verify what
 * it points to (keystores, licence, profile coherence).
 *
 * @param upstreamTlsTruststore the CAs trusted for upstream TLS servers beside the JVM's;
 *                              null: the JVM's only
 * @param cluster               whether replicas share a data grid, and how they find each other
 */
public record EconnectorConfig(
        Profile profile,
        boolean licenceAccepted,
        boolean debugLog,
        int serverPort,
        Aes aes,
        Kms kms,
        Signature signature,
        MySecu mySecu,
        Ihub ihub,
        KeyStoreFile saasKeystore,
        Limits limits,
        AdminConsole adminConsole,
        KeyStoreFile upstreamTlsTruststore,
        Cluster cluster) {

    /**
     * The AeS OpenID Connect provider that issues the professionals' access tokens.
     *
     * @param acceptedClientIds the vendors' client ids ({@code azp}) accepted; empty: any
     * @param minJwksRefresh    at most one JWKS refetch per interval, whatever the unknown
     *                          {@code kid}s presented
     */
    public record Aes(URI issuer, List<String> acceptedClientIds, List<String> acceptedAlgorithms,
                      Duration clockSkew, Duration minJwksRefresh) {
    }

    /**
     * The Incert KMS: remote signature and timestamps. Its truststore anchors the checks of
     * signatures and timestamps only, never TLS: a CA that may issue a signing certificate
     * must not be able to vouch for a server.
     */
    public record Kms(URI getCertificateUrl, URI signUrl, URI timestampUrl, KeyStoreFile truststore,
                      String signingCaAlias, String timestampCaAlias, String rootSigningCaAlias) {
    }

    /**
     * What each PAdES signature says of itself.
     *
     * @param visible whether a signature block is drawn on the last page
     * @param level   how long the signature stays verifiable: T (the default), LT or LTA
     */
    public record Signature(String reason, String location, boolean visible, PadesLevel level) {
    }

    /** mySecu: the WS-Trust STS and the syncexchange service, and the generic certificate. */
    public record MySecu(URI stsUrl, URI syncExchangeUrl, URI syncExchangeWsdl, KeyStoreFile genericKeystore,
                         URI enrolmentPortal) {
    }

    /** iHUB, the optional template service. */
    public record Ihub(URI url, Duration pollInterval) {
    }

    /** Timeouts and sizes that bound the work one request can cause. */
    public record Limits(Duration connectTimeout, Duration readTimeout, Duration probeTimeout, long maxRequestBodyBytes,
                         Pdf pdf) {
    }

    /** The work one uploaded PDF may cause: the readings at once, and per PDF (signature's {@code PdfLimits}). */
    public record Pdf(int maxConcurrentIntakes, long maxDecodedBytes, int maxPages, int maxObjects, int maxRevisions,
                      Duration validationTimeout) {
    }

    /**
     * The admin console's OpenID Connect login.
     *
     * @param clientSecret null when unset: the console then stays closed
     * @param roleClaim    the claim holding the user's roles, a dotted path into nested
     *                     objects for Keycloak's {@code realm_access.roles}
     */
    public record AdminConsole(URI issuer, String clientId, Secret clientSecret, String role, String roleClaim) {

        public boolean enabled() {
            return clientSecret != null;
        }
    }

    /**
     * Replicas of one eConnector sharing Payara's data grid (Hazelcast), so that an idempotent
     * submission made on one is answered by all. Off: each instance keeps its own memory.
     *
     * @param members the grid's members to contact first, {@code host:port} (TCP/IP discovery)
     * @param port    the data grid port of this member
     * @param name    the cluster's name: members of another name never join it
     */
    /**
     * The data grid. Its members are found either in a list ({@code members}, host:port) or as
     * the addresses of one DNS name ({@code dnsName}, e.g. a Kubernetes headless Service), never
     * both.
     */
    public record Cluster(boolean enabled, List<String> members, String dnsName, int port, String name) {

        public static final Cluster OFF = new Cluster(false, List.of(), null, 0, null);

        public boolean discoveredByDns() {
            return dnsName != null;
        }
    }

    public List<NamedUrl> upstreamUrls() {
        return List.of(
                new NamedUrl(Setting.AES_ISSUER_URL, aes.issuer()),
                new NamedUrl(Setting.KMS_GET_CERTIFICATE_URL, kms.getCertificateUrl()),
                new NamedUrl(Setting.KMS_SIGN_URL, kms.signUrl()),
                new NamedUrl(Setting.KMS_TIMESTAMP_URL, kms.timestampUrl()),
                new NamedUrl(Setting.CCSS_URL, mySecu.stsUrl()),
                new NamedUrl(Setting.CCSS_SYNC_URL, mySecu.syncExchangeUrl()),
                new NamedUrl(Setting.SYNC_EXCHANGE_WSDL, mySecu.syncExchangeWsdl()),
                new NamedUrl(Setting.IHUB_URL, ihub.url()),
                new NamedUrl(Setting.ADMIN_OIDC_ISSUER_URL, adminConsole.issuer()));
    }

    /** A URL with the variable it came from. */
    public record NamedUrl(Setting setting, URI url) {
    }
}
