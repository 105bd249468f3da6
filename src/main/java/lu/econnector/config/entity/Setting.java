package lu.econnector.config.entity;

/**
 * Every configuration variable the eConnector reads, by its environment variable name.
 * The names of the CNS image are kept as they are; docs/operations.md documents each one.
 * {@link #secret} marks the values that must never be shown.
 */
public enum Setting {
    ACCEPT_LICENSE,
    DEBUG_LOG,
    SERVER_PORT,

    AES_ISSUER_URL,
    AES_CLIENT_IDS,
    AES_ACCEPTED_ALGORITHMS,
    AES_CLOCK_SKEW_SECONDS,
    AES_JWKS_MIN_REFRESH_SECONDS,

    KMS_GET_CERTIFICATE_URL,
    KMS_SIGN_URL,
    KMS_TIMESTAMP_URL,
    TRUSTSTORE_KMS_FILENAME,
    TRUSTSTORE_KMS_PASSWORD(true),
    SIGNING_CA_ALIAS,
    TIMESTAMP_CA_ALIAS,
    ROOT_SIGNING_CA_ALIAS,
    SIGNATURE_REASON,
    SIGNATURE_LOCATION,
    SIGNATURE_VISIBLE,
    SIGNATURE_LEVEL,

    CCSS_URL,
    CCSS_SYNC_URL,
    SYNC_EXCHANGE_WSDL,
    GENERIC_KEYSTORE_FILE,
    GENERIC_KEYSTORE_PWD(true),
    GENERIC_KEYSTORE_ALIAS,
    MYSECU_ENROLMENT_PORTAL,

    IHUB_URL,
    IHUB_POLL_INTERVAL_MINUTES,

    SAAS_KEYSTORE,
    SAAS_KEYSTORE_PASSWORD(true),
    SAAS_KEYSTORE_KEY_PASSWORD(true),
    SAAS_KEYSTORE_ALIAS,

    UPSTREAM_CONNECT_TIMEOUT_MS,
    UPSTREAM_READ_TIMEOUT_MS,
    HEALTH_PROBE_TIMEOUT_MS,
    UPSTREAM_TLS_TRUSTSTORE,
    UPSTREAM_TLS_TRUSTSTORE_PASSWORD(true),
    MAX_REQUEST_BODY_BYTES,
    PDF_MAX_CONCURRENT_INTAKES,
    PDF_MAX_DECODED_BYTES,
    PDF_MAX_PAGES,
    PDF_MAX_OBJECTS,
    PDF_MAX_REVISIONS,
    VALIDATION_TIMEOUT_MS,

    ADMIN_OIDC_ISSUER_URL,
    ADMIN_OIDC_CLIENT_ID,
    ADMIN_OIDC_CLIENT_SECRET(true),
    ADMIN_ROLE,
    ADMIN_ROLE_CLAIM,

    ECONNECTOR_CLUSTER,
    ECONNECTOR_CLUSTER_MEMBERS,
    ECONNECTOR_CLUSTER_DNS_NAME,
    ECONNECTOR_CLUSTER_PORT,
    ECONNECTOR_CLUSTER_NAME;

    private final boolean secret;

    Setting() {
        this(false);
    }

    Setting(boolean secret) {
        this.secret = secret;
    }

    public boolean secret() {
        return secret;
    }

    /**
     * The variable naming a file that holds a secret's value instead ({@code GENERIC_KEYSTORE_PWD_FILE}),
     * as container orchestrators mount secrets: the value then never sits in the environment,
     * where {@code docker inspect} and {@code /proc/<pid>/environ} would show it.
     */
    public String fileVariable() {
        return name() + "_FILE";
    }
}
