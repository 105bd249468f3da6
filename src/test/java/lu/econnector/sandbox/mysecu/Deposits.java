package lu.econnector.sandbox.mysecu;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import lu.econnector.sandbox.Http;

/**
 * What the sandbox syncexchange has received, in memory: the documents it accepted, and its
 * first answer to each message id, which a repeated message gets again unchanged, whoever
 * sends it (as mySecu: message ids are one namespace for everyone). Tests read and reset it.
 */
public final class Deposits {

    private final List<Deposit> accepted = new ArrayList<>();
    private final Map<String, ExchangeAnswer> answers = new HashMap<>();

    /**
     * The first answer given to this message id; else {@code decide}'s, kept for next time.
     * One lock around both: two copies of a message racing each other get one answer.
     */
    synchronized ExchangeAnswer answer(String messageId, Supplier<ExchangeAnswer> decide) {
        return answers.computeIfAbsent(messageId, id -> decide.get());
    }

    synchronized void add(Deposit deposit) {
        accepted.add(deposit);
    }

    /** The accepted deposits, oldest first. */
    public synchronized List<Deposit> list() {
        return List.copyOf(accepted);
    }

    /** Forgets every deposit and answer. */
    public synchronized void clear() {
        accepted.clear();
        answers.clear();
    }

    synchronized JsonArray toJson() {
        JsonArrayBuilder array = Http.JSON.createArrayBuilder();
        accepted.forEach(deposit -> array.add(deposit.toJson()));
        return array.build();
    }
}
