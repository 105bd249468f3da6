package lu.econnector.admin.control;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lu.econnector.config.control.ConfigLookup;
import lu.econnector.config.entity.Setting;

/**
 * Every setting as the console shows it. A secret's value never leaves this class: only
 * whether it is set. A URL's user information, a password by another name, is masked too.
 */
public final class EffectiveConfiguration {

    /** How a value is shown: as is, masked, or absent (the built-in default applies). */
    public enum Shown { VALUE, MASKED, UNSET }

    /** @param value null unless {@code shown} is VALUE */
    public record Entry(String name, Shown shown, String value, boolean secret) {
    }

    static final String MASK = "******";

    private EffectiveConfiguration() {
    }

    public static List<Entry> of(ConfigLookup lookup) {
        return Arrays.stream(Setting.values()).map(setting -> entry(setting, valueOf(setting, lookup))).toList();
    }

    /** A secret given as a file ({@code NAME_FILE}) is set too, though its value is never shown. */
    private static Optional<String> valueOf(Setting setting, ConfigLookup lookup) {
        Optional<String> value = lookup.get(setting.name());
        return setting.secret() ? value.or(() -> lookup.get(setting.fileVariable())) : value;
    }

    static Entry entry(Setting setting, Optional<String> value) {
        if (value.isEmpty()) {
            return new Entry(setting.name(), Shown.UNSET, null, setting.secret());
        }
        if (setting.secret()) {
            return new Entry(setting.name(), Shown.MASKED, null, true);
        }
        return new Entry(setting.name(), Shown.VALUE, withoutUserInfo(value.get()), false);
    }

    /** {@code https://user:pw@host/x} → {@code https://******@host/x}; anything else as it is. */
    static String withoutUserInfo(String value) {
        try {
            URI uri = URI.create(value);
            if (uri.getRawUserInfo() == null) {
                return value;
            }
            return value.replace(uri.getRawUserInfo() + "@", MASK + "@");
        } catch (IllegalArgumentException notAUri) {
            return value;
        }
    }
}
