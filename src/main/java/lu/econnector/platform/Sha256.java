package lu.econnector.platform;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as the eConnector names things by it: a template package's provenance, a deposited
 * PDF in its receipt and in the syncexchange request, an idempotent request's identity.
 */
public final class Sha256 {

    private Sha256() {
    }

    public static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Lower-case hex, as the iHUB catalogue and the receipts write it. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest(bytes));
    }
}
