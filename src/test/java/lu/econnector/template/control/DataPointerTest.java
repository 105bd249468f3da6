package lu.econnector.template.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class DataPointerTest {

    private static final JsonObject DATA = Json.createReader(new StringReader("""
            {"patient": {"name": "Anna"}, "acts": [{"code": "C1"}, {"code": "C2"}],
             "a/b": 1, "m~n": 2, "": 3, "05": 4}
            """)).readObject();

    @Test
    void readsMembersAndArrayElements() {
        assertEquals(Json.createValue("Anna"), DataPointer.of("/patient/name").valueIn(DATA));
        assertEquals(Json.createValue("C2"), DataPointer.of("/acts/1/code").valueIn(DATA));
        assertEquals(DATA, DataPointer.of("").valueIn(DATA));
    }

    @Test
    void unescapesAsRfc6901Says() {
        assertEquals(Json.createValue(1), DataPointer.of("/a~1b").valueIn(DATA));
        assertEquals(Json.createValue(2), DataPointer.of("/m~0n").valueIn(DATA));
        assertEquals(Json.createValue(3), DataPointer.of("/").valueIn(DATA));
        assertEquals(Json.createValue(4), DataPointer.of("/05").valueIn(DATA));
    }

    @Test
    void anAbsentValueOrParentIsNull() {
        assertEquals(JsonValue.NULL, DataPointer.of("/practice/name").valueIn(DATA));
        assertEquals(JsonValue.NULL, DataPointer.of("/acts/2/code").valueIn(DATA));
        assertEquals(JsonValue.NULL, DataPointer.of("/acts/-").valueIn(DATA));
        assertEquals(JsonValue.NULL, DataPointer.of("/acts/01").valueIn(DATA));
        assertEquals(JsonValue.NULL, DataPointer.of("/acts/x").valueIn(DATA));
        assertEquals(JsonValue.NULL, DataPointer.of("/patient/name/first").valueIn(DATA));
    }

    @Test
    void refusesWhatIsNoPointer() {
        assertThrows(IllegalArgumentException.class, () -> DataPointer.of("patient"));
        assertThrows(IllegalArgumentException.class, () -> DataPointer.of("/a~2"));
        assertThrows(IllegalArgumentException.class, () -> DataPointer.of("/a~"));
    }
}
