/**
 * The sandbox: simulated CNS upstreams and the launcher that starts them with the
 * eConnector. Test code only: nothing here ships in the WAR.
 */
package lu.econnector.sandbox;
