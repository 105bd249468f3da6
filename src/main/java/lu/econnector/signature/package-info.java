/**
 * Remote signature: documents signed in the professional's name as PAdES-BASELINE-T (ETSI
 * EN 319 142-1) with EU DSS's split API, the key and the timestamps staying in the KMS
 * (docs/upstreams.md section 2), and the validation of signed PDFs into a JSON-ready report.
 *
 * <p>Nothing the KMS answers is embedded unchecked: its certificate chain must lead to the
 * truststore's signing CA under its root signing CA, its signature value must verify with the
 * certificate's key, and its timestamp token must match the imprint and nonce sent and be
 * signed under the timestamp CA. A failed check is a {@code UpstreamFailure} (a bad answer) (502
 * naming the KMS), never a bad PDF.
 */
package lu.econnector.signature;
