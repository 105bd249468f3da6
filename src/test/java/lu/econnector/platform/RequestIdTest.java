package lu.econnector.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestIdTest {

    @AfterEach
    void unbind() {
        RequestId.unbind();
    }

    @Test
    void aCallersPlainIdIsKept() {
        assertThat(RequestId.fromCaller("vendor-42.a:b_c")).isEqualTo("vendor-42.a:b_c");
    }

    @Test
    void aCallersIdWithOtherCharactersIsReplaced() {
        assertThat(RequestId.fromCaller("abc\r\nSet-Cookie: x")).matches("[0-9a-f-]{36}");
        assertThat(RequestId.fromCaller("x".repeat(65))).matches("[0-9a-f-]{36}");
        assertThat(RequestId.fromCaller(null)).matches("[0-9a-f-]{36}");
    }

    @Test
    void everyApplicationLogLineOfARequestStartsWithItsId() {
        Logger cut = AppLog.of(RequestIdTest.class);
        List<LogRecord> published = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                published.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        cut.addHandler(capture);
        try {
            RequestId.bind("req-7");
            cut.info("within the request");
            RequestId.unbind();
            cut.info("outside any request");
        } finally {
            cut.removeHandler(capture);
        }

        assertThat(published).extracting(LogRecord::getMessage)
                .containsExactly("[requestId=req-7] within the request", "outside any request");
    }

    @Test
    void debugLogRaisesTheApplicationLoggerOnly() {
        AppLog.debug(true);
        assertThat(Logger.getLogger(AppLog.ROOT).getLevel()).isEqualTo(Level.FINE);
        assertThat(AppLog.of(RequestIdTest.class).isLoggable(Level.FINE)).isTrue();
        assertThat(Logger.getLogger("org.example").isLoggable(Level.FINE)).isFalse();

        AppLog.debug(false);
        assertThat(AppLog.of(RequestIdTest.class).isLoggable(Level.FINE)).isFalse();
    }
}
