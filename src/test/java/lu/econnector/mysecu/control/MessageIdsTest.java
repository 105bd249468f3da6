package lu.econnector.mysecu.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageIdsTest {

    private static final String MESSAGE_ID = "[A-Za-z0-9_\\-]{1,64}"; // docs/upstreams.md 4.2

    @Test
    void theSameProfessionalVendorAndKeyAlwaysGiveTheSameId() {
        assertThat(MessageIds.scoped("90812100", "sandbox-vendor", "order-42"))
                .isEqualTo(MessageIds.scoped("90812100", "sandbox-vendor", "order-42"));
    }

    /**
     * Pinned, computed outside Java from the documented encoding: a retry after an upgrade must
     * find the id of its first call, so a change of the derivation has to be a new label.
     */
    @Test
    void theDerivationIsTheDocumentedOne() {
        assertThat(MessageIds.scoped("90812100", "sandbox-vendor", "order-42"))
                .isEqualTo("aUuGEgFxFEYgqLG3QTwxNDS8-HYaMVTL9i7OHWu_Bmo");
    }

    @Test
    void anotherProfessionalVendorOrKeyGivesAnotherId() {
        String id = MessageIds.scoped("90812100", "sandbox-vendor", "order-42");

        assertThat(MessageIds.scoped("90812201", "sandbox-vendor", "order-42")).isNotEqualTo(id);
        assertThat(MessageIds.scoped("90812100", "other-vendor", "order-42")).isNotEqualTo(id);
        assertThat(MessageIds.scoped("90812100", "sandbox-vendor", "order-43")).isNotEqualTo(id);
    }

    @Test
    void theIdIsAMySecuMessageIdOf43Characters() {
        for (String key : List.of("a", "x".repeat(64), "A-b_9")) {
            assertThat(MessageIds.scoped("90812100", "sandbox-vendor", key)).matches(MESSAGE_ID).hasSize(43);
        }
        assertThat(MessageIds.random()).matches(MESSAGE_ID);
    }

    /** Separators a naive concatenation would use, in any of the three values, cannot make two triples meet. */
    @Test
    void valuesSplitDifferentlyNeverShareAnId() {
        List<List<String>> triples = List.of(
                List.of("ab", "c", "k"), List.of("a", "bc", "k"), List.of("a", "b", "ck"),
                List.of("a", "b_c", "k"), List.of("a_b", "c", "k"), List.of("a", "b", "c_k"),
                List.of("a\u0000b", "c", "k"), List.of("a", "b\u0000c", "k"),
                List.of("a:b", "c", "k"), List.of("a", "b:c", "k"),
                List.of("", "abc", "k"), List.of("abc", "", "k"));
        Set<String> ids = new HashSet<>();
        for (List<String> triple : triples) {
            ids.add(MessageIds.scoped(triple.get(0), triple.get(1), triple.get(2)));
        }

        assertThat(ids).hasSameSizeAs(triples);
    }

    @Test
    void idsWithoutAKeyAreNeverRepeated() {
        assertThat(MessageIds.random()).isNotEqualTo(MessageIds.random());
    }
}
