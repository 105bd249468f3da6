/**
 * The ground every component stands on: the application's loggers and the request id they
 * print, the base of the typed failures ({@link lu.econnector.platform.ProblemException}),
 * bounded reading of request and upstream bodies, SHA-256 as the eConnector names things by
 * it, the names of the four upstreams and the TLS trust they are reached with.
 *
 * <p>It imports nothing else of the project, so that any component may use it without
 * creating a cycle between components; a class that needs a component (its configuration,
 * its entities) belongs to that component instead.
 */
package lu.econnector.platform;
