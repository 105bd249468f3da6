package lu.econnector.health.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version this WAR was built as, written into the build by Maven resource filtering. */
public final class BuildInfo {

    private static final String VERSION = load().getProperty("version", "unknown");

    private BuildInfo() {
    }

    public static String version() {
        return VERSION;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/META-INF/econnector/build.properties")) {
            if (in != null) {
                properties.load(in);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
