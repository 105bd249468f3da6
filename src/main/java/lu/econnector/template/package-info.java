/**
 * The CNS document templates ({@code mh}, {@code pid}, {@code ecit}): their packages, their
 * synchronisation from iHUB, the validation of the data a professional sends for them, and
 * their rendering to PDF/A.
 *
 * <p>Data is checked against the template's JSON Schema (draft 2020-12, served to vendors as
 * the authority) and then against the rules a schema cannot express (TEMPLATES.md): totals,
 * shares, date order and the matricule's check digits. Every violation is reported at once.
 */
package lu.econnector.template;
