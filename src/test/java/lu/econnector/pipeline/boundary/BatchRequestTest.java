package lu.econnector.pipeline.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import lu.econnector.pipeline.control.InvalidBatchException;
import lu.econnector.platform.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A batch's shape is judged before anything of it runs; hostile JSON is the vendor's 422. */
class BatchRequestTest {

    private static final String DEEP_OBJECTS = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    private static final String DEEP_ARRAYS = "[".repeat(10_000) + "]".repeat(10_000);

    @ParameterizedTest
    @ValueSource(strings = {"", "nope", "[]", "42", "{\"items\":[", "{\"a\":1,}"})
    void whatIsNoJsonObjectIsRefusedAtTheRoot(String body) {
        assertThat(refusal(body)).extracting(FieldError::field).containsExactly("");
    }

    @Test
    void jsonNestedTenThousandLevelsIsRefusedNotAnError() {
        assertThat(refusal(DEEP_OBJECTS)).extracting(FieldError::field).containsExactly("");
        assertThat(refusal("{\"items\":" + DEEP_ARRAYS + "}")).extracting(FieldError::field).containsExactly("");
        assertThat(refusal("{\"items\":[{\"data\":" + DEEP_OBJECTS + "}]}")).extracting(FieldError::field)
                .containsExactly("");
    }

    @Test
    void aNumberOfThousandsOfDigitsIsRefusedAtTheRootAsTheParserGivesUpOnIt() {
        assertThat(refusal("{\"items\":" + "9".repeat(100_000) + "}")).extracting(FieldError::field)
                .containsExactly("");
    }

    private static java.util.List<FieldError> refusal(String body) {
        InvalidBatchException refused = catchThrowableOfType(InvalidBatchException.class, () -> BatchRequest.items(body));
        assertThat(refused).as("refused: " + body.substring(0, Math.min(40, body.length()))).isNotNull();
        return refused.errors();
    }
}
