package lu.econnector.admin.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import lu.econnector.template.entity.EconnectorRelease;
import org.junit.jupiter.api.Test;

class ReleaseCheckTest {

    private static Optional<EconnectorRelease> announced(String version) {
        return Optional.of(new EconnectorRelease(version, null, ""));
    }

    @Test
    void aNewerReleaseIsAnUpdate() {
        assertThat(ReleaseCheck.newer("0.1.0-SNAPSHOT", announced("1.1.0"))).isPresent();
        assertThat(ReleaseCheck.newer("1.1.0-SNAPSHOT", announced("1.1.0"))).isPresent();
        assertThat(ReleaseCheck.newer("1.9.0", announced("1.10.0"))).isPresent();
    }

    @Test
    void theSameOrAnOlderReleaseIsNone() {
        assertThat(ReleaseCheck.newer("1.1.0", announced("1.1.0"))).isEmpty();
        assertThat(ReleaseCheck.newer("1.2.0-SNAPSHOT", announced("1.1.0"))).isEmpty();
        assertThat(ReleaseCheck.newer("1.1.0", Optional.empty())).isEmpty();
    }
}
