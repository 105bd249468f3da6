package lu.econnector.mysecu.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import lu.econnector.mysecu.entity.SamlAssertion;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.mysecu.SandboxAssertions;
import lu.econnector.sandbox.mysecu.SyncExchangeMisbehaviour;
import lu.econnector.upstream.control.UpstreamFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No DTD in a SOAP answer (SOAP 1.1 section 3; OWASP XXE): an answer with a DOCTYPE is refused
 * by the parser Metro reads answers with ({@link DtdRefusingReaders}), and an external entity's
 * file content never reaches a receipt, an error or a log line.
 * SyncExchangeMisbehaviourTest proves the same answer does expand the file in a parser that
 * allows DTDs, so that this test can fail.
 */
@ExtendWith(SandboxExtension.class)
class SyncExchangeXxeTest {

    static final Professional MULLER = Professional.byUsername("dr.muller").orElseThrow();

    static SandboxServer sandbox;
    static SamlAssertion assertion;
    static SyncExchangeClient cut;

    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level rootLevel;

    @BeforeEach
    void recordEveryLogLine() {
        Logger root = Logger.getLogger("");
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(recorder);
    }

    @AfterEach
    void stopRecording() {
        Logger root = Logger.getLogger("");
        root.removeHandler(recorder);
        root.setLevel(rootLevel);
    }

    @BeforeAll
    static void client() throws Exception {
        sandbox = SandboxExtension.running().server();
        assertion = SandboxAssertions.issued(sandbox, MULLER);
        cut = new SyncExchangeClient(SyncExchangeWsdl.bundled(), sandbox.base().resolve("ws/soap/espinst/syncexchange"),
                sandbox.ca().clientContext(), Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void answerWithAnyDoctypeIsABadAnswer() {
        sandbox.mySecu().misbehave(SyncExchangeMisbehaviour.DOCTYPE);

        UpstreamFailure failure = catchThrowableOfType(UpstreamFailure.class,
                () -> cut.exchange(assertion, SyncExchangeClientTest.deposit("msg-doctype")));

        assertThat(failure).as("an otherwise good ACCEPTED: only the DTD can refuse it").isNotNull();
        assertThat(failure.status()).isEqualTo(502);
        assertThat(failure).rootCause().hasMessageContaining("document type declaration");
    }

    @Test
    void answerWithAnExternalEntityIsABadAnswerAndTheFileNeverShows() {
        sandbox.mySecu().misbehave(SyncExchangeMisbehaviour.XXE);
        String marker = sandbox.mySecu().xxeMarker();

        UpstreamFailure failure = catchThrowableOfType(UpstreamFailure.class,
                () -> cut.exchange(assertion, SyncExchangeClientTest.deposit("msg-xxe")));

        assertThat(failure).as("a receipt would carry the entity as its reference").isNotNull();
        assertThat(failure.status()).isEqualTo(502);
        assertThat(failure.codes()).isEmpty();
        assertThat(stackTrace(failure)).doesNotContain(marker);
        assertThat(logged).extracting(SyncExchangeXxeTest::text).noneMatch(line -> line.contains(marker));
        assertThat(sandbox.mySecu().deposits().list()).isEmpty();
    }

    @Test
    void answerWithABillionLaughsIsABadAnswerRefusedBeforeAnyExpansion() {
        sandbox.mySecu().misbehave(SyncExchangeMisbehaviour.BILLION_LAUGHS);

        UpstreamFailure failure = catchThrowableOfType(UpstreamFailure.class,
                () -> cut.exchange(assertion, SyncExchangeClientTest.deposit("msg-laughs")));

        assertThat(failure).as("expanded, the reference would be 3 GB of lol").isNotNull();
        assertThat(failure.status()).isEqualTo(502);
        assertThat(failure).rootCause().hasMessageContaining("document type declaration");
        assertThat(sandbox.mySecu().deposits().list()).isEmpty();
    }

    private static String stackTrace(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private static String text(LogRecord record) {
        StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                text.append(' ').append(parameter);
            }
        }
        if (record.getThrown() != null) {
            text.append(' ').append(stackTrace(record.getThrown()));
        }
        return text.toString();
    }
}
