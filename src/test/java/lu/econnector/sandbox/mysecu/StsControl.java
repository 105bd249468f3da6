package lu.econnector.sandbox.mysecu;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What tests may change or observe of the STS, in-process ({@code sandbox.mySecu().sts()}) or
 * over HTTP ({@link StsControlPath}): a misbehaviour, the lifetime of the assertions it issues
 * (one hour, as docs/upstreams.md 4.1 says, unless a test wants them short), and how many Issue
 * requests reached it (so a test can show that ten deposits make one STS call). Injected faults
 * answer before the STS sees the request, and are not counted.
 */
public final class StsControl {

    public static final Duration DEFAULT_LIFETIME = SamlIssuer.VALIDITY;
    /** What the XXE answer declares: an external entity on a local file, in place of the NameID. */
    static final String XXE_DOCTYPE = "<!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

    private final AtomicInteger issueRequests = new AtomicInteger();
    private final AtomicReference<StsMisbehaviour> misbehaviour = new AtomicReference<>();
    private final AtomicReference<Duration> lifetime = new AtomicReference<>(DEFAULT_LIFETIME);

    /** From now on, answers as the misbehaviour says, until {@link #clear()}. */
    public void misbehave(StsMisbehaviour wrong) {
        misbehaviour.set(wrong);
    }

    public Optional<StsMisbehaviour> misbehaviour() {
        return Optional.ofNullable(misbehaviour.get());
    }

    /** The assertions issued from now on expire this long after their issue. */
    public void assertionLifetime(Duration validity) {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("an assertion lifetime must be positive");
        }
        lifetime.set(validity);
    }

    public Duration assertionLifetime() {
        return lifetime.get();
    }

    /** The Issue requests (POSTs) that reached the STS since the start or the last {@link #clear()}. */
    public int issueRequests() {
        return issueRequests.get();
    }

    /** No misbehaviour, one-hour assertions, the count back to zero. */
    public void clear() {
        misbehaviour.set(null);
        lifetime.set(DEFAULT_LIFETIME);
        issueRequests.set(0);
    }

    void countIssueRequest() {
        issueRequests.incrementAndGet();
    }

    /** The serialised answer with the XXE declaration before its root and the entity as the NameID. */
    static byte[] withExternalEntity(byte[] answer, String psCode) {
        String xml = new String(answer, StandardCharsets.UTF_8);
        int root = xml.indexOf("<soap:Envelope");
        String spoiled = xml.substring(0, root) + XXE_DOCTYPE + xml.substring(root)
                .replace(">" + psCode + "</saml2:NameID>", ">&xxe;</saml2:NameID>");
        return spoiled.getBytes(StandardCharsets.UTF_8);
    }
}
