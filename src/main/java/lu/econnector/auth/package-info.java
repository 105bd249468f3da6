/**
 * The health professional's identity, from the AeS access token the vendor forwards.
 */
package lu.econnector.auth;
