/**
 * The document pipeline and the resources that feed it: one path per document,
 * {@code DocumentRendering.render} (template) → {@code DocumentSigning.sign} (signature, KMS) →
 * {@code Deposit.deposit} (mySecu), with the typed values handed between the stages
 * ({@code RenderedDocument}, {@code SignedDocument}, {@code SubmissionReceipt}). A preview, a
 * signed document and a submission are the same path stopped at the first, second or third
 * stage; a vendor's own signed PDF ({@code /deposits}) is checked, then joins at the third.
 * A call with an {@code Idempotency-Key} runs once per key: on this instance in memory, or
 * across a cluster in the application server's data grid.
 */
package lu.econnector.pipeline;
