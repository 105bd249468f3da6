/**
 * What the eConnector has done since it started, as MicroProfile Metrics (served at
 * {@code /metrics}): documents per stage (rendered, signed, deposited) with their durations,
 * and each upstream's calls with their latency and failures. The console reads them too.
 */
package lu.econnector.activity;
