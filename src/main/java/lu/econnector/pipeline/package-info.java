/**
 * The document pipeline and its resources (PRODUCT.md sections 3 and 4): render, sign and
 * deposit one document, once per {@code Idempotency-Key}.
 */
package lu.econnector.pipeline;
