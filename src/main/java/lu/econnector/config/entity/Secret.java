package lu.econnector.config.entity;

/**
 * A password or client secret. Its {@code toString} never reveals the value, so that a
 * secret concatenated into a log line or an error message by mistake stays masked.
 */
public record Secret(String value) {

    public char[] chars() {
        return value.toCharArray();
    }

    @Override
    public String toString() {
        return "******";
    }
}
