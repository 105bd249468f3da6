package lu.econnector.config.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lu.econnector.config.entity.ConfigProblem;
import lu.econnector.config.entity.Secret;
import lu.econnector.config.entity.Setting;

/**
 * Parses one setting into its type, recording a {@link ConfigProblem} instead of throwing,
 * and never quoting a secret's value in it.
 */
final class SettingParser {

    private static final BigDecimal MILLIS_PER_MINUTE = BigDecimal.valueOf(60_000);
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final ConfigLookup lookup;
    private final List<ConfigProblem> problems;

    SettingParser(ConfigLookup lookup, List<ConfigProblem> problems) {
        this.lookup = lookup;
        this.problems = problems;
    }

    String text(Setting setting) {
        String value = optionalText(setting);
        if (value == null) {
            missing(setting);
        }
        return value;
    }

    String optionalText(Setting setting) {
        return lookup.get(setting.name()).orElse(null);
    }

    Secret secret(Setting setting) {
        int problemsBefore = problems.size();
        Secret value = optionalSecret(setting);
        if (value == null && problems.size() == problemsBefore) {
            problem(setting, "is required but not set (nor " + setting.fileVariable() + ")");
        }
        return value;
    }

    /** The secret from its variable or from the file its {@code _FILE} variable names; null when neither is set. */
    Secret optionalSecret(Setting setting) {
        // Not trimmed: a password may legitimately end in a space.
        Optional<String> direct = lookup.raw(setting.name()).filter(v -> !v.isEmpty());
        Optional<String> file = lookup.get(setting.fileVariable());
        if (direct.isPresent() && file.isPresent()) {
            problem(setting, "is set, and so is " + setting.fileVariable() + ": set only one of them");
            return null;
        }
        if (file.isPresent()) {
            return SecretFile.read(setting.fileVariable(), file.get(), problems);
        }
        return direct.map(Secret::new).orElse(null);
    }

    /** The variable a secret was taken from, for the messages that name what to fix. */
    String secretVariable(Setting setting) {
        return lookup.raw(setting.name()).filter(v -> !v.isEmpty()).isEmpty()
                && lookup.get(setting.fileVariable()).isPresent() ? setting.fileVariable() : setting.name();
    }

    Path file(Setting setting) {
        String value = text(setting);
        if (value == null) {
            return null;
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            problem(setting, "'" + value + "' is not a valid file path");
            return null;
        }
    }

    /**
     * An absolute {@code https} URL with a host; plain {@code http} only towards loopback,
     * where a local TLS-terminating proxy may sit.
     */
    URI url(Setting setting) {
        String value = text(setting);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || uri.getHost() == null) {
                problem(setting, "'" + value + "' is not an absolute URL with a host");
            } else if (!"https".equalsIgnoreCase(uri.getScheme())
                    && !("http".equalsIgnoreCase(uri.getScheme()) && isLoopback(uri))) {
                problem(setting, "'" + value + "' must use https");
            }
            return uri;
        } catch (URISyntaxException e) {
            problem(setting, "'" + value + "' is not a valid URL (" + e.getReason() + ")");
            return null;
        }
    }

    static boolean isLoopback(URI uri) {
        return uri.getHost() != null && (LOOPBACK.contains(uri.getHost().toLowerCase()) || uri.getHost().startsWith("127."));
    }

    boolean flag(Setting setting, boolean fallback) {
        return lookup.get(setting.name()).map(value -> {
            if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                problem(setting, "'" + value + "' is neither true nor false");
            }
            return value.equalsIgnoreCase("true");
        }).orElse(fallback);
    }

    int port(Setting setting, int fallback) {
        long port = positiveLong(setting, fallback);
        if (port > 65_535) {
            problem(setting, port + " is not a TCP port (1-65535)");
        }
        return (int) port;
    }

    long positiveLong(Setting setting, long fallback) {
        return lookup.get(setting.name()).map(value -> {
            try {
                long parsed = Long.parseLong(value);
                if (parsed > 0) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(setting, "'" + value + "' is not a positive whole number");
            return fallback;
        }).orElse(fallback);
    }

    int positiveInt(Setting setting, int fallback) {
        long value = positiveLong(setting, fallback);
        if (value > Integer.MAX_VALUE) {
            problem(setting, value + " is larger than " + Integer.MAX_VALUE);
            return fallback;
        }
        return (int) value;
    }

    /**
     * A positive number of minutes, decimals allowed down to one second ({@code 0.05} is 3 s),
     * so that a test or a demonstration need not wait a minute per round.
     */
    Duration positiveMinutes(Setting setting, long fallbackMinutes) {
        return lookup.get(setting.name()).map(value -> {
            try {
                Duration parsed = Duration.ofMillis(new BigDecimal(value.trim()).multiply(MILLIS_PER_MINUTE)
                        .setScale(0, RoundingMode.HALF_UP).longValueExact());
                if (parsed.compareTo(Duration.ofSeconds(1)) >= 0) {
                    return parsed;
                }
            } catch (NumberFormatException | ArithmeticException e) {
                // reported below
            }
            problem(setting, "'" + value + "' is not a number of minutes of at least one second (e.g. 60 or 0.5)");
            return Duration.ofMinutes(fallbackMinutes);
        }).orElse(Duration.ofMinutes(fallbackMinutes));
    }

    private void missing(Setting setting) {
        problem(setting, "is required but not set");
    }

    private void problem(Setting setting, String message) {
        problems.add(new ConfigProblem(setting.name(), message));
    }
}
