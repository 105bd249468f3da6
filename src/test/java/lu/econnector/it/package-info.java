/**
 * Black-box integration tests: the built WAR on a real Payara Micro, called over HTTPS,
 * and the launch script run as an operator would.
 */
package lu.econnector.it;
