/**
 * The ground every upstream client stands on: one HTTP layer (the JDK's client, its pooled
 * kept-alive connections, the upstream TLS trust, a deadline for the whole call and a bound on
 * the answer), one classification of what goes wrong on the wire, one failure type
 * ({@link lu.econnector.upstream.control.UpstreamFailure}) and one set of circuit-breaker
 * defaults. The clients themselves live with their components: {@code AesClient} (auth),
 * {@code KmsClient} (signature), {@code IhubClient} (template), {@code MySecuClient} (mysecu).
 *
 * <p>It imports only the configuration and the problem base, so that every component may use it.
 */
package lu.econnector.upstream;
