package lu.econnector.sandbox.kms;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.pki.SandboxCa;

/**
 * What the KMS signs and stamps with, as it should or, while a {@link KmsMisbehaviour} is
 * set, plausibly wrong. The rogue CA of {@code unknown-root} is made the first time that
 * mode is set, then kept for the life of the sandbox: 6 RSA keys are too slow to make per
 * request.
 */
final class WrongAnswers {

    private final SandboxCa ca;
    private volatile KmsMisbehaviour current;
    private RogueCa rogue;

    WrongAnswers(SandboxCa ca) {
        this.ca = ca;
    }

    void set(KmsMisbehaviour misbehaviour) throws GeneralSecurityException {
        if (misbehaviour == KmsMisbehaviour.UNKNOWN_ROOT) {
            rogue();
        }
        current = misbehaviour;
    }

    void clear() {
        current = null;
    }

    Optional<KmsMisbehaviour> current() {
        return Optional.ofNullable(current);
    }

    /** get-certificate: the professional's certificate, the signing CA, the root. */
    List<X509Certificate> chainOf(String username) throws GeneralSecurityException {
        KmsMisbehaviour now = current;
        if (now == KmsMisbehaviour.UNKNOWN_ROOT) {
            return rogue().chainOf(username);
        }
        String holder = now == KmsMisbehaviour.OTHER_PROFESSIONAL ? anotherThan(username) : username;
        return List.of(ca.professional(holder).certificate(), ca.signingCa().certificate(),
                ca.root().certificate());
    }

    /**
     * sign-data's key: the professional's own; another's under {@code wrong-key} (which
     * {@link #chainOf} does not certify) and {@code other-professional} (which it does).
     */
    PrivateKey signingKey(String username) throws GeneralSecurityException {
        KmsMisbehaviour now = current;
        if (now == KmsMisbehaviour.WRONG_KEY || now == KmsMisbehaviour.OTHER_PROFESSIONAL) {
            return ca.professional(anotherThan(username)).privateKey();
        }
        if (now == KmsMisbehaviour.UNKNOWN_ROOT) {
            return rogue().professional(username).privateKey();
        }
        return ca.professional(username).privateKey();
    }

    /** What sign-timestamp stamps instead of what it was asked. */
    TimestampQuery stamped(TimestampQuery asked) {
        KmsMisbehaviour now = current;
        if (now == KmsMisbehaviour.WRONG_IMPRINT) {
            // Same algorithm and length, one byte off: only a comparison of every byte catches it.
            byte[] other = asked.digest().value().clone();
            other[other.length - 1] = (byte) ~other[other.length - 1];
            return new TimestampQuery(new SubmittedDigest(asked.digest().algorithm(), other), asked.nonce());
        }
        if (now == KmsMisbehaviour.WRONG_NONCE) {
            // One more than asked (or 1 when none was): as plausible as a nonce gets, never equal.
            BigInteger other = asked.nonce() == null ? BigInteger.ONE : asked.nonce().add(BigInteger.ONE);
            return new TimestampQuery(asked.digest(), other);
        }
        return asked;
    }

    private static String anotherThan(String username) {
        return Professional.ALL.stream().map(Professional::username).filter(other -> !other.equals(username))
                .findFirst().orElseThrow();
    }

    private synchronized RogueCa rogue() throws GeneralSecurityException {
        if (rogue == null) {
            rogue = new RogueCa(ca);
        }
        return rogue;
    }
}
