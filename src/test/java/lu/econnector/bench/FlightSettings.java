package lu.econnector.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The flight recorder's {@code profile} settings of this JDK (CPU samples every 10 ms, sampled
 * allocations, GC) with TLS handshakes recorded too: they are off in both shipped settings, and
 * one handshake per upstream call is a suspect.
 */
final class FlightSettings {

    private static final String TLS_OFF = "<event name=\"jdk.TLSHandshake\">\n      <setting name=\"enabled\">false</setting>";

    private FlightSettings() {
    }

    static Path writeTo(Path file) throws IOException {
        Path profile = Path.of(System.getProperty("java.home"), "lib", "jfr", "profile.jfc");
        String settings = Files.readString(profile);
        if (!settings.contains(TLS_OFF)) {
            throw new IOException(profile + " has no TLSHandshake event to enable");
        }
        Files.writeString(file, settings.replace(TLS_OFF, TLS_OFF.replace("false", "true")));
        return file;
    }
}
