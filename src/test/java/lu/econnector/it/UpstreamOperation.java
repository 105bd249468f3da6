package lu.econnector.it;

/**
 * The upstream operations of the fault matrix: the simulated operation a fault is injected
 * into, the relay its URL goes through, and the path of the eConnector that uses it.
 */
enum UpstreamOperation {

    AES_DISCOVERY("AeS discovery", "aes", "discovery", "aes", Path.CACHED_KEY),
    AES_JWKS("AeS JWKS", "aes", "jwks", "aes", Path.NEW_KEY),
    KMS_GET_CERTIFICATE("KMS get-certificate", "kms", "get-certificate", "kms-certificate", Path.SIGNED),
    KMS_SIGN_DATA("KMS sign-data", "kms", "sign-data", "kms-sign", Path.SIGNED),
    KMS_SIGN_TIMESTAMP("KMS sign-timestamp", "kms", "sign-timestamp", "kms-timestamp", Path.SIGNED),
    MYSECU_STS("mySecu STS", "mysecu", "sts", "sts", Path.SUBMISSION),
    MYSECU_SYNCEXCHANGE("mySecu syncexchange", "mysecu", "syncexchange", "syncexchange", Path.SUBMISSION),
    IHUB_CATALOGUE("iHUB catalogue", "ihub", "templates", "ihub", Path.TEMPLATE_SYNC),
    IHUB_PACKAGE("iHUB package", "ihub", "package", "ihub", Path.TEMPLATE_SYNC);

    /** What the eConnector does that needs the operation. */
    enum Path {
        /** a preview with a token whose key is cached: AeS's discovery was read at boot */
        CACHED_KEY,
        /** a preview with a token signed by a key AeS rotated in: the JWKS is fetched again */
        NEW_KEY,
        /** {@code /documents/mh/signed}: certificate, signature and timestamp from the KMS */
        SIGNED,
        /** {@code /documents/mh/submissions}: signed, then deposited through the STS and syncexchange */
        SUBMISSION,
        /** no request waits for it: the template synchronisation timer */
        TEMPLATE_SYNC
    }

    final String label;
    final String upstream;
    final String operation;
    final String gate;
    final Path path;

    UpstreamOperation(String label, String upstream, String operation, String gate, Path path) {
        this.label = label;
        this.upstream = upstream;
        this.operation = operation;
        this.gate = gate;
        this.path = path;
    }

    /** iHUB is optional: its loss degrades the status, never fails readiness. */
    boolean required() {
        return !upstream.equals("ihub");
    }
}
