package lu.econnector.config.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The terms of use an operator accepts with {@code ACCEPT_LICENSE=true}. */
public final class LicenceTerms {

    private static final String RESOURCE = "/META-INF/econnector/TERMS.txt";

    private LicenceTerms() {
    }

    public static String text() {
        try (InputStream in = LicenceTerms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
