package lu.econnector.sandbox.kms;

import java.math.BigInteger;

/**
 * What sign-timestamp is asked to stamp: the message imprint and the nonce, if any (RFC 3161
 * section 2.4.1), which the token echoes in its TSTInfo (section 2.4.2).
 *
 * @param nonce null when the request carried none
 */
record TimestampQuery(SubmittedDigest digest, BigInteger nonce) {
}
