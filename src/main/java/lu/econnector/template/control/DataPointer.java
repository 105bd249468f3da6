package lu.econnector.template.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An RFC 6901 JSON Pointer into a document's data, as a template's mapping binds values to
 * fields. Read without exceptions: a value that is absent, or under an absent parent (an optional
 * {@code /practice} left out), is JSON {@code null}, which leaves its field empty.
 *
 * <p>Parsed once per pointer text and kept: a template has a few dozen fixed pointers, and JSON-P's
 * own pointer costs a provider look-up to create and throws to say "absent", per field of every
 * document.
 */
final class DataPointer {

    private static final Map<String, DataPointer> PARSED = new ConcurrentHashMap<>();

    private final String[] tokens;

    private DataPointer(String[] tokens) {
        this.tokens = tokens;
    }

    /** @throws IllegalArgumentException not an RFC 6901 pointer */
    static DataPointer of(String pointer) {
        DataPointer known = PARSED.get(pointer);
        return known != null ? known : PARSED.computeIfAbsent(pointer, DataPointer::parse);
    }

    /** The value at this pointer in {@code root}, or {@link JsonValue#NULL} when there is none. */
    JsonValue valueIn(JsonValue root) {
        JsonValue current = root;
        for (String token : tokens) {
            if (current instanceof JsonObject object) {
                current = object.get(token);
            } else if (current instanceof JsonArray array) {
                int index = arrayIndex(token);
                current = index >= 0 && index < array.size() ? array.get(index) : null;
            } else {
                return JsonValue.NULL;
            }
            if (current == null) {
                return JsonValue.NULL;
            }
        }
        return current;
    }

    private static DataPointer parse(String pointer) {
        if (pointer.isEmpty()) {
            return new DataPointer(new String[0]);
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON Pointer starts with '/': " + pointer);
        }
        List<String> tokens = new ArrayList<>();
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(unescape(raw, pointer));
        }
        return new DataPointer(tokens.toArray(String[]::new));
    }

    /** {@code ~1} is '/', {@code ~0} is '~', and any other '~' is an error (RFC 6901 section 3). */
    private static String unescape(String token, String pointer) {
        if (token.indexOf('~') < 0) {
            return token;
        }
        StringBuilder out = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c != '~') {
                out.append(c);
            } else if (i + 1 < token.length() && (token.charAt(i + 1) == '0' || token.charAt(i + 1) == '1')) {
                out.append(token.charAt(++i) == '0' ? '~' : '/');
            } else {
                throw new IllegalArgumentException("'~' must be followed by 0 or 1 in " + pointer);
            }
        }
        return out.toString();
    }

    /** An array index as RFC 6901 writes it (digits, no leading zero), or -1 for anything else ("-" included). */
    private static int arrayIndex(String token) {
        if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
            return -1;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(token);
    }
}
