/**
 * Errors and request correlation across the whole application.
 *
 * <p>Every error leaves as an RFC 9457 {@code application/problem+json} body with the
 * request id, whether it was raised by our code, by JAX-RS, or by the servlet container
 * (an unknown path, a body too large); no stack trace ever reaches a client. Every response
 * carries {@code X-Request-Id}, and every log line written while serving a request starts
 * with it. The request hygiene every path relies on lives here too: a bounded body, and the
 * refusal of paths that the container and a filter could read as two different paths.
 */
package lu.econnector.problem;
