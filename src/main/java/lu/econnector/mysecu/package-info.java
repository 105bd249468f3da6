/**
 * mySecu (docs/upstreams.md section 4): a SAML assertion for the
 * professional from the mySecu STS (WS-Trust, signed with the generic certificate), cached
 * until shortly before it expires, then the {@code syncexchange} business service carrying
 * the signed PDF (MTOM).
 */
package lu.econnector.mysecu;
