/**
 * Typed configuration, profiles and the startup checks.
 *
 * <p>Every setting is read once, here, from MicroProfile Config (environment variables
 * first) on top of the defaults of the active profile ({@code docker-integration},
 * {@code docker-prod} or {@code sandbox}). The startup checks refuse to start with a
 * licence not accepted, a keystore that does not open, a malformed URL, or the sandbox
 * pointed at production; each refusal is one line naming the variable, never its value
 * when it is a secret. The same checks run before Payara Micro boots
 * ({@link lu.econnector.config.control.Preflight}) and again when the WAR deploys.
 */
package lu.econnector.config;
