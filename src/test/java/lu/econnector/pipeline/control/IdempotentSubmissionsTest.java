package lu.econnector.pipeline.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdempotentSubmissionsTest {

    @Test
    void aKeyThatCannotBeAMessageIdIsRefused() {
        assertThat(IdempotentSubmissions.checked("Abc_12-x")).isEqualTo("Abc_12-x");
        assertThatThrownBy(() -> IdempotentSubmissions.checked("a b")).isInstanceOf(InvalidIdempotencyKeyException.class);
        assertThatThrownBy(() -> IdempotentSubmissions.checked("x".repeat(65)))
                .isInstanceOf(InvalidIdempotencyKeyException.class);
        assertThatThrownBy(() -> IdempotentSubmissions.checked("")).isInstanceOf(InvalidIdempotencyKeyException.class);
    }
}
