package lu.econnector.platform;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, found once for the application.
 *
 * <p>Each static method of {@code jakarta.json.Json} looks the provider up again through a
 * {@code ServiceLoader}, which on Payara walks the class path of the WAR and its server's modules:
 * profiled under load, those look-ups were 13 to 19 % of the server's CPU per document (a form's
 * fields read through {@code Json.createPointer} one by one). Use {@link #provider()} instead.
 *
 * <p>Found with this application's class loader as the thread's context class loader, so that
 * the answer is the same whichever thread asks first: the JDK HTTP client's threads, for one,
 * carry a context loader that does not see the server's provider.
 */
public final class Jsons {

    private static final JsonProvider PROVIDER = find();

    private Jsons() {
    }

    public static JsonProvider provider() {
        return PROVIDER;
    }

    private static JsonProvider find() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Jsons.class.getClassLoader());
        try {
            return JsonProvider.provider();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
