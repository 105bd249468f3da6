package lu.econnector.sandbox.fault;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The faults injected at run time, per upstream ({@code aes}, {@code kms}, {@code mysecu},
 * {@code ihub}) and per operation ({@code token}, {@code sign-data}, …, or {@code *} for
 * all of the upstream's operations). Tests set them in-process or through
 * {@code POST /_sandbox/faults}; each test clears what it set.
 */
public final class Faults {

    public static final String ALL_OPERATIONS = "*";

    private final Map<String, Fault> active = new ConcurrentHashMap<>();

    public void inject(String upstream, String operation, Fault fault) {
        active.put(key(upstream, operation), fault);
    }

    public void clear() {
        active.clear();
    }

    public void clear(String upstream, String operation) {
        active.remove(key(upstream, operation));
    }

    public Optional<Fault> active(String upstream, String operation) {
        return Optional.ofNullable(active.get(key(upstream, operation)))
                .or(() -> Optional.ofNullable(active.get(key(upstream, ALL_OPERATIONS))));
    }

    private static String key(String upstream, String operation) {
        return upstream + "/" + operation;
    }
}
