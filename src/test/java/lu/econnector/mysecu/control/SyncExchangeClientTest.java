package lu.econnector.mysecu.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lu.econnector.platform.Sha256;
import lu.econnector.mysecu.entity.DepositReceipt;
import lu.econnector.mysecu.entity.DepositRequest;
import lu.econnector.mysecu.entity.SamlAssertion;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.fault.Fault;
import lu.econnector.sandbox.mysecu.CapturedRequest;
import lu.econnector.sandbox.mysecu.SandboxAssertions;
import lu.econnector.sandbox.mysecu.SyncExchangeMisbehaviour;
import lu.econnector.upstream.control.UpstreamFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The generated Metro client against the sandbox syncexchange over real HTTPS, under a real STS assertion. */
@ExtendWith(SandboxExtension.class)
class SyncExchangeClientTest {

    static final Professional MULLER = Professional.byUsername("dr.muller").orElseThrow();
    static final Professional WEBER = Professional.byUsername("dr.weber").orElseThrow();
    static final byte[] PDF = pdf(40_000, 7);
    static final Duration REQUEST_TIMEOUT = Duration.ofMillis(1500);

    static SandboxServer sandbox;
    static SamlAssertion assertion;
    SyncExchangeClient cut;

    @BeforeAll
    static void issueAssertion() throws Exception {
        sandbox = SandboxExtension.running().server();
        assertion = SandboxAssertions.issued(sandbox, MULLER);
    }

    @BeforeEach
    void client() throws Exception {
        cut = client(sandbox.base());
    }

    static SyncExchangeClient client(URI base) throws Exception {
        return new SyncExchangeClient(SyncExchangeWsdl.bundled(), base.resolve("ws/soap/espinst/syncexchange"),
                sandbox.ca().clientContext(), Duration.ofSeconds(2), REQUEST_TIMEOUT);
    }

    @Test
    void depositIsAcceptedOnceWithTheSameBytesAsAnAttachment() throws Exception {
        DepositReceipt receipt = cut.exchange(assertion, deposit("msg-accepted"));

        assertThat(receipt.messageId()).isEqualTo("msg-accepted");
        assertThat(receipt.replayed()).isFalse();
        assertThat(receipt.reference()).startsWith("MYSECU-");
        assertThat(sandbox.mySecu().deposits().list()).singleElement().satisfies(deposit -> {
            assertThat(deposit.reference()).isEqualTo(receipt.reference());
            assertThat(deposit.receivedAt()).isEqualTo(receipt.receivedAt());
            assertThat(deposit.psCode()).isEqualTo(MULLER.psCode());
            assertThat(deposit.sha256()).isEqualTo(Sha256.hex(PDF));
            assertThat(deposit.size()).isEqualTo(PDF.length);
            assertThat(deposit.mtom()).as("sent as an MTOM attachment, not inlined").isTrue();
            assertThat(deposit.messageType()).isEqualTo("MH.DEPOSIT");
            assertThat(deposit.templateId()).isEqualTo("mh");
            assertThat(deposit.metadata()).containsEntry("language", "fr");
        });
    }

    @Test
    void repeatedMessageIdGetsTheFirstReceiptSaidToBeReplayedAndOneDeposit() {
        DepositReceipt first = cut.exchange(assertion, deposit("msg-repeated"));
        DepositReceipt second = cut.exchange(assertion, deposit("msg-repeated"));

        assertThat(first.replayed()).isFalse();
        assertThat(second.replayed()).isTrue();
        assertThat(second.reference()).isEqualTo(first.reference());
        assertThat(second.receivedAt()).isEqualTo(first.receivedAt());
        assertThat(sandbox.mySecu().deposits().list()).hasSize(1);
    }

    /**
     * The JDK's keep-alive cache gives a connection back only to a call with the same socket
     * factory and host name verifier and only once the answer was read to its end: deposits one
     * after the other, then four at a time, reuse their connections instead of a TLS handshake each.
     */
    @Test
    void depositsReuseTheirConnections() throws Exception {
        cut.exchange(assertion, deposit("msg-connection-first"));
        int opened = sandbox.connectionsServed();

        for (int i = 0; i < 20; i++) {
            cut.exchange(assertion, deposit("msg-connection-" + i));
        }
        assertThat(sandbox.connectionsServed() - opened).as("new connections for 20 sequential deposits").isZero();

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<DepositReceipt>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String messageId = "msg-connection-concurrent-" + i;
                calls.add(threads.submit(() -> cut.exchange(assertion, deposit(messageId))));
            }
            for (Future<DepositReceipt> call : calls) {
                assertThat(call.get().replayed()).isFalse();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(sandbox.connectionsServed() - opened).as("new connections for 40 deposits, 4 at a time")
                .isLessThanOrEqualTo(3);
    }

    /** mySecu de-duplicates across professionals: why the eConnector never sends a vendor's key as it is. */
    @Test
    void anotherProfessionalsMessageWithTheSameIdIsAnsweredWithTheFirstDeposit() throws Exception {
        DepositReceipt mullers = cut.exchange(assertion, deposit("msg-shared"));
        DepositReceipt webers = cut.exchange(SandboxAssertions.issued(sandbox, WEBER), deposit("msg-shared"));

        assertThat(webers.replayed()).isTrue();
        assertThat(webers.reference()).isEqualTo(mullers.reference());
        assertThat(sandbox.mySecu().deposits().list()).singleElement()
                .satisfies(deposit -> assertThat(deposit.psCode()).isEqualTo(MULLER.psCode()));
    }

    @Test
    void aRetryAfterADepositAnsweredTooLateIsTheFirstDepositReplayed() {
        sandbox.mySecu().misbehave(SyncExchangeMisbehaviour.LATE);
        UpstreamFailure late = failure(assertion, "msg-late");
        sandbox.mySecu().behave();

        DepositReceipt retried = cut.exchange(assertion, deposit("msg-late"));

        assertThat(late.status()).isEqualTo(504);
        assertThat(retried.replayed()).isTrue();
        assertThat(sandbox.mySecu().deposits().list()).singleElement().satisfies(deposit -> {
            assertThat(deposit.reference()).isEqualTo(retried.reference());
            assertThat(deposit.receivedAt()).isEqualTo(retried.receivedAt());
        });
    }

    @Test
    void concurrentCallsOfTwoProfessionalsEachCarryTheirOwnAssertion() throws Exception {
        SamlAssertion weber = SandboxAssertions.issued(sandbox, WEBER);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<DepositReceipt>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                int id = i % 4;
                SamlAssertion whose = id % 2 == 0 ? assertion : weber;
                calls.add(threads.submit(() -> cut.exchange(whose, deposit("msg-concurrent-" + id))));
            }
            for (Future<DepositReceipt> call : calls) {
                assertThat(call.get().reference()).startsWith("MYSECU-");
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(sandbox.mySecu().deposits().list()).filteredOn(d -> d.messageId().startsWith("msg-concurrent-"))
                .hasSize(4).allSatisfy(deposit -> assertThat(deposit.psCode()).isEqualTo(
                        deposit.messageId().endsWith("0") || deposit.messageId().endsWith("2")
                                ? MULLER.psCode() : WEBER.psCode()));
        assertThat(cut.idlePorts()).as("ports reused, at most one per concurrent call").isBetween(1, 8);
    }

    @Test
    void rejectedAnswerIsA422WithMySecusCode() {
        sandbox.mySecu().misbehave(SyncExchangeMisbehaviour.REJECTED);

        MySecuRejectedException rejected = catchThrowableOfType(MySecuRejectedException.class,
                () -> cut.exchange(assertion, deposit("msg-rejected")));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.codes()).containsExactly(SyncExchangeMisbehaviour.REJECTED_CODE);
        assertThat(sandbox.mySecu().deposits().list()).isEmpty();
    }

    @Test
    void expiredAssertionIsAnInvalidSecurityTokenFault() {
        UpstreamFailure failure = failure(SandboxAssertions.expired(sandbox, MULLER), "msg-expired");

        assertInvalidSecurityToken(failure);
        assertThat(sandbox.mySecu().deposits().list()).isEmpty();
    }

    @Test
    void foreignAssertionIsAnInvalidSecurityTokenFault() {
        assertInvalidSecurityToken(failure(SandboxAssertions.foreign(sandbox, MULLER), "msg-foreign"));
    }

    @Test
    void invalidSecurityTokenOnDemandIsToldApart() {
        sandbox.mySecu().misbehave(SyncExchangeMisbehaviour.INVALID_SECURITY_TOKEN);

        assertInvalidSecurityToken(failure(assertion, "msg-refused"));
        // The caller's one retry, with a new assertion, on the port the fault left.
        sandbox.mySecu().behave();
        assertThat(cut.exchange(assertion, deposit("msg-refused")).reference()).startsWith("MYSECU-");
        assertThat(cut.idlePorts()).isEqualTo(1);
    }

    @Test
    void otherSoapFaultIsABadAnswerWithItsCode() {
        sandbox.faults().inject("mysecu", "syncexchange", Fault.httpStatus(500));

        UpstreamFailure failure = failure(assertion, "msg-server-fault");

        assertThat(failure.status()).isEqualTo(502);
        assertThat(failure.codes()).containsExactly("soap:Server");
        assertThat(MySecuClient.refusedTheAssertion(failure)).isFalse();
    }

    @Test
    void errorStatusIsUnavailable() {
        sandbox.faults().inject("mysecu", "syncexchange", Fault.httpStatus(503));

        UpstreamFailure failure = failure(assertion, "msg-503");

        assertThat(failure.status()).isEqualTo(503);
        assertThat(failure.getMessage()).contains("HTTP 503");
    }

    @Test
    void refusedConnectionIsUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        cut = client(URI.create("https://localhost:" + closedPort + "/"));

        assertThat(failure(assertion, "msg-refused-connection").status()).isEqualTo(503);
    }

    @Test
    void connectionClosedWithoutAnswerIsUnavailable() {
        sandbox.faults().inject("mysecu", "syncexchange", Fault.connectionReset());

        assertThat(failure(assertion, "msg-reset").status()).isEqualTo(503);
    }

    @Test
    void slowAnswerIsATimeout() throws Exception {
        sandbox.faults().inject("mysecu", "syncexchange", Fault.delay(REQUEST_TIMEOUT.plusMillis(1000)));

        UpstreamFailure failure = failure(assertion, "msg-slow");

        assertThat(failure.status()).isEqualTo(504);
        // mySecu may still take it after the client gave up: why a retry must send the same message
        // id, so that it cannot deposit twice. (Waited for, not to leak into other tests.)
        awaitDeposit("msg-slow");
    }

    @Test
    void malformedAnswerIsABadAnswer() {
        sandbox.faults().inject("mysecu", "syncexchange", Fault.malformedBody());

        UpstreamFailure failure = failure(assertion, "msg-malformed");

        assertThat(failure.status()).isEqualTo(502);
        assertThat(failure.codes()).isEmpty();
    }

    @Test
    void capturedRequestIsAnMtomPackageWithTheAssertionInWsSecurity() {
        cut.exchange(assertion, deposit("msg-captured"));

        CapturedRequest request = sandbox.mySecu().lastExchange().orElseThrow();
        assertThat(request.header("Content-Type")).startsWith("multipart/related")
                .contains("type=\"application/xop+xml\"");
        String body = request.bodyText();
        assertThat(body).contains("Content-Type: application/pdf")
                .contains("http://www.w3.org/2004/08/xop/include").containsPattern("<[a-zA-Z0-9]+:Include ")
                .contains(SecurityHeader.WSSE).containsPattern("<wsse:Security[^>]*>\\s*<wsu:Timestamp")
                .contains("<saml2:Assertion").contains(assertionId());
        // Its signature still verifies: the sandbox accepted the deposit under it (it checks the STS's
        // signature on what it received, exclusive C14N; the character references may differ, &#13; or &#xd;).
        assertThat(sandbox.mySecu().deposits().list()).singleElement()
                .satisfies(deposit -> assertThat(deposit.psCode()).isEqualTo(MULLER.psCode()));
        assertThat(indexOf(request.body(), PDF)).as("the PDF's bytes, raw, in their own MIME part").isPositive();
    }

    private static void awaitDeposit(String messageId) throws InterruptedException {
        for (int i = 0; i < 50 && sandbox.mySecu().deposits().list().stream()
                .noneMatch(d -> d.messageId().equals(messageId)); i++) {
            Thread.sleep(100);
        }
        assertThat(sandbox.mySecu().deposits().list()).extracting(d -> d.messageId()).contains(messageId);
    }

    private static String assertionId() {
        Matcher id = Pattern.compile("<saml2:Assertion[^>]* ID=\"([^\"]+)\"").matcher(assertion.xml());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private UpstreamFailure failure(SamlAssertion samlAssertion, String messageId) {
        return catchThrowableOfType(UpstreamFailure.class, () -> cut.exchange(samlAssertion, deposit(messageId)));
    }

    private static void assertInvalidSecurityToken(UpstreamFailure failure) {
        assertThat(failure.status()).isEqualTo(502);
        assertThat(MySecuClient.refusedTheAssertion(failure)).isTrue();
        assertThat(failure.codes()).containsExactly("wsse:InvalidSecurityToken");
        assertThat(failure.getMessage()).doesNotContain("Assertion").doesNotContain(MULLER.psCode());
    }

    static DepositRequest deposit(String messageId) {
        return new DepositRequest(messageId, "MH.DEPOSIT", "mh", "1.2.0", PDF,
                Map.of("patientMatricule", "1978031204512", "language", "fr"));
    }

    /** A PDF-like payload: a PDF header, random bytes (CR, LF and NUL among them), a PDF trailer. */
    static byte[] pdf(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        byte[] head = "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(tail, 0, bytes, size - tail.length, tail.length);
        return bytes;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
