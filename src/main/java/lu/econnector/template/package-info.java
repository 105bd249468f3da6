/**
 * The CNS document templates ({@code mh}, {@code pid}, {@code ecit}): versioned packages (a
 * descriptor and an AcroForm) read with limits from a ZIP, the validation of the data a
 * professional sends for them, and their rendering into a flattened PDF/A-3b that carries
 * its data ({@code data.json}) and its provenance (template id, version, SHA-256).
 *
 * <p>Data is checked against the template's JSON Schema (draft 2020-12, served to vendors as
 * the authority) and then against the rules a schema cannot express (docs/templates/README.md): totals,
 * shares, date order and the matricule's check digits. Every violation is reported at once.
 */
package lu.econnector.template;
