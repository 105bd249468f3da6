package lu.econnector.mysecu.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import lu.econnector.platform.Sha256;

/**
 * The message id a deposit is sent to syncexchange under (docs/upstreams.md 4.2:
 * {@code [A-Za-z0-9_\-]{1,64}}).
 * <p>
 * mySecu de-duplicates message ids across every professional and every vendor: a vendor's
 * {@code Idempotency-Key} sent as it is would let one professional's deposit be answered with
 * another's first answer, and never reach mySecu. A key is therefore scoped to whoever
 * sent it: the id is the SHA-256 of the professional's ps_code, the vendor's client id (the
 * token's {@code azp}) and the key, base64url without padding (RFC 4648 section 5): 43
 * characters. The same three give the same id on any instance and after any restart, so a retry
 * is recognised by mySecu; no other three can give it.
 * <p>
 * What is hashed is {@link #LABEL} and the three values, each as its UTF-8 length (4 bytes, big
 * endian) followed by its bytes: no two different triples share an encoding, whatever characters
 * they hold, and no other use of SHA-256 in the eConnector hashes the same bytes. The label
 * versions the derivation: a retry must get the id of its first call, so the derivation only ever
 * changes with a new label, documented as such.
 */
public final class MessageIds {

    static final String LABEL = "econnector/mysecu-message-id/v1";

    private MessageIds() {
    }

    /** The id of a deposit with an {@code Idempotency-Key}, the same for every retry of it. */
    public static String scoped(String psCode, String clientId, String idempotencyKey) {
        ByteArrayOutputStream encoding = new ByteArrayOutputStream();
        for (String value : new String[] {LABEL, Objects.requireNonNull(psCode, "psCode"),
                Objects.requireNonNull(clientId, "clientId"), Objects.requireNonNull(idempotencyKey, "key")}) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            encoding.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
            encoding.writeBytes(bytes);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Sha256.digest(encoding.toByteArray()));
    }

    /** The id of a deposit without a key: a new message every time. */
    public static String random() {
        return UUID.randomUUID().toString();
    }
}
