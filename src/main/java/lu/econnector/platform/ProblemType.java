package lu.econnector.platform;

/**
 * Every problem type the eConnector answers with, beyond a plain HTTP status: the slug of its
 * {@code urn:econnector:problem:} URI, its title and its HTTP status. Vendors branch on these,
 * so each is a promise: the API guide lists them all, and a test keeps the two in step.
 */
public enum ProblemType {

    INVALID_TOKEN("invalid-token", "Unauthorized", 401),
    KMS_TOKEN_REFUSED("kms-token-refused", "Unauthorized", 401),
    REMOTE_SIGNATURE_NOT_ENABLED("remote-signature-not-enabled", "Forbidden", 403),
    MYSECU_REFUSED("mysecu-refused", "Forbidden", 403),
    UNKNOWN_TEMPLATE("unknown-template", "Not Found", 404),
    INVALID_TEMPLATE_VERSION("invalid-template-version", "Bad Request", 400),
    INVALID_IDEMPOTENCY_KEY("invalid-idempotency-key", "Bad Request", 400),
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload Too Large", 413),
    INVALID_TEMPLATE_DATA("invalid-template-data", "Unprocessable Content", 422),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Unprocessable Content", 422),
    DEPOSIT_REJECTED("deposit-rejected", "Unprocessable Content", 422),
    DOCUMENT_NOT_SIGNED("document-not-signed", "Unprocessable Content", 422),
    SIGNED_BY_ANOTHER_PROFESSIONAL("signed-by-another-professional", "Unprocessable Content", 422),
    SIGNATURE_NOT_VALID("signature-not-valid", "Unprocessable Content", 422),
    SIGNATURE_DOES_NOT_COVER_DOCUMENT("signature-does-not-cover-document", "Unprocessable Content", 422),
    TEMPLATE_MISMATCH("template-mismatch", "Unprocessable Content", 422),
    UNREADABLE_PDF("unreadable-pdf", "Unprocessable Content", 422),
    PDF_LIMIT_EXCEEDED("pdf-limit-exceeded", "Unprocessable Content", 422),
    VALIDATION_TIMEOUT("validation-timeout", "Unprocessable Content", 422),
    UPSTREAM_BAD_ANSWER("upstream-bad-answer", "Bad Gateway", 502),
    UPSTREAM_UNAVAILABLE("upstream-unavailable", "Service Unavailable", 503),
    UPSTREAM_TIMEOUT("upstream-timeout", "Gateway Timeout", 504),
    /** Only in the log and the status page: a package that fails its checks is never activated. */
    INVALID_TEMPLATE_PACKAGE("invalid-template-package", "Invalid template package", 502);

    private static final String URI_PREFIX = "urn:econnector:problem:";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    /** The problem's {@code type} member. */
    public String uri() {
        return URI_PREFIX + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}
