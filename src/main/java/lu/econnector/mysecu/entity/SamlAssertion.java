package lu.econnector.mysecu.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A SAML 2.0 assertion the mySecu STS issued for one professional, as the XML it came in
 * (it is signed: its bytes go back to mySecu unchanged, in each {@code syncexchange} call's
 * {@code wsse:Security} header).
 *
 * @param xml          the {@code saml2:Assertion} element, serialised as received
 * @param subject      its {@code Subject/NameID}: the professional's ps_code
 * @param notOnOrAfter its {@code Conditions/@NotOnOrAfter}
 */
public record SamlAssertion(String xml, String subject, Instant notOnOrAfter) {

    public SamlAssertion {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(notOnOrAfter, "notOnOrAfter");
    }

    /** Whether it can still be used at {@code now} with {@code margin} to spare (clock skew, the call's own time). */
    public boolean usableAt(Instant now, Duration margin) {
        return now.plus(margin).isBefore(notOnOrAfter);
    }

    @Override
    public String toString() {
        return "SamlAssertion[subject=" + subject + ", notOnOrAfter=" + notOnOrAfter + "]";
    }
}
