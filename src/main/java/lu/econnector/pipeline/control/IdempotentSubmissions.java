package lu.econnector.pipeline.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import lu.econnector.auth.entity.Professional;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.mysecu.control.MessageIds;
import lu.econnector.pipeline.entity.MessageId;
import lu.econnector.pipeline.entity.SubmissionReceipt;

/**
 * Makes a submission with an {@code Idempotency-Key} happen once: a repeat while the first is
 * running waits for it, a repeat after it gets the same receipt (with the same signed PDF), for
 * {@link #RETENTION}. mySecu is the backstop beyond that: it answers a repeated message id with
 * its first answer, which the receipt then says is replayed.
 *
 * <p>The eConnector keeps no database. A single instance remembers in its memory; replicas
 * clustered with {@code ECONNECTOR_CLUSTER} share the application server's data grid (JCache),
 * so that a repeat sent to another replica gets the same receipt too. The message id is derived
 * from the professional, the vendor and the key ({@code MessageIds.scoped}), so one
 * professional's key never finds another's receipt, nor one vendor's another's.
 */
@ApplicationScoped
public class IdempotentSubmissions {

    static final Duration RETENTION = Duration.ofMinutes(15);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");

    @Inject
    EconnectorConfig config;

    private SubmissionLedger ledger;

    @PostConstruct
    void chooseLedger() {
        ledger = config.cluster().enabled()
                ? dataGridLedger()
                : new InstanceLedger(Clock.systemUTC());
    }

    /**
     * Payara's JCache over its Hazelcast, looked up only when clustered: no type of this class
     * names JCache, so that it loads on a server without it (WildFly) when it is not asked for.
     */
    private static SubmissionLedger dataGridLedger() {
        try {
            return DataGridLedger.onServersGrid(Clock.systemUTC());
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("ECONNECTOR_CLUSTER needs Payara's data grid (JCache over Hazelcast);"
                    + " this server has no JCache: " + e.getMessage(), e);
        }
    }

    /** @throws InvalidIdempotencyKeyException when it is not 1 to 64 of [A-Za-z0-9_-] */
    public static String checked(String idempotencyKey) {
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidIdempotencyKeyException();
        }
        return idempotencyKey;
    }

    /**
     * The message id a submission goes under: with a key, scoped to the professional, the vendor
     * and the key, so that a repeat finds the first; without one, new.
     *
     * @throws InvalidIdempotencyKeyException when the key is not 1 to 64 of [A-Za-z0-9_-]
     */
    public static MessageId messageIdFor(Professional professional, String idempotencyKey) {
        return idempotencyKey == null ? new MessageId(MessageIds.random(), false) : new MessageId(
                MessageIds.scoped(professional.psCode(), professional.clientId(), checked(idempotencyKey)), true);
    }

    /** @see SubmissionLedger#once */
    public SubmissionReceipt once(String messageId, String requestHash, Supplier<SubmissionReceipt> work) {
        return ledger.once(messageId, requestHash, work);
    }
}
