/**
 * The document pipeline and its resources (docs/api.md): render, sign and
 * deposit one document, once per {@code Idempotency-Key}.
 */
package lu.econnector.pipeline;
