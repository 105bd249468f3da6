package lu.econnector.admin.control;

import java.util.Arrays;
import java.util.Optional;
import lu.econnector.template.entity.EconnectorRelease;

/** Whether the release iHUB announces is newer than the running one. */
public final class ReleaseCheck {

    private ReleaseCheck() {
    }

    /**
     * @param running this build's version, e.g. {@code 0.1.0-SNAPSHOT} (older than {@code 0.1.0})
     * @return the announced release when it is newer than this one
     */
    public static Optional<EconnectorRelease> newer(String running, Optional<EconnectorRelease> announced) {
        return announced.filter(release -> compare(release.version(), running) > 0);
    }

    static int compare(String a, String b) {
        int[] x = numbers(a);
        int[] y = numbers(b);
        for (int i = 0; i < 3; i++) {
            if (x[i] != y[i]) {
                return Integer.compare(x[i], y[i]);
            }
        }
        // Same numbers: a pre-release (anything after a '-') comes before the release.
        return Boolean.compare(!a.contains("-"), !b.contains("-"));
    }

    private static int[] numbers(String version) {
        String core = version.split("-", 2)[0];
        int[] parts = Arrays.stream(core.split("\\.")).limit(3).mapToInt(ReleaseCheck::number).toArray();
        return Arrays.copyOf(parts, 3);
    }

    private static int number(String part) {
        try {
            return Integer.parseInt(part.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
