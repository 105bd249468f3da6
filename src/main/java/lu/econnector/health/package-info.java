/**
 * The eConnector's own status and the health of every upstream.
 *
 * <p>{@code GET /econnector/status} answers 200 while the eConnector is usable and 503 when
 * a required upstream (AeS, KMS, mySecu) is down; iHUB only degrades it, since bundled
 * templates keep the eConnector working. The same probes feed one MicroProfile Health
 * readiness check per upstream. Probes are bounded by {@code HEALTH_PROBE_TIMEOUT_MS} and
 * their results kept for a few seconds, so that frequent polling by load balancers does not
 * turn into load on the upstreams.
 */
package lu.econnector.health;
