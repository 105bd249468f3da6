/**
 * The simulated mySecu (docs/upstreams.md 4): a WS-Trust 1.3 STS that checks the eConnector's
 * WS-Security signature (WSS4J) and the professional's AeS token, and issues signed SAML 2.0
 * assertions (JDK XML DSig); and the syncexchange service, which takes MTOM or inline
 * documents under such an assertion and keeps what it accepted for tests to inspect.
 * Test code only.
 */
package lu.econnector.sandbox.mysecu;
