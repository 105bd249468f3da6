/**
 * The API contract's own checks with the tools vendors use: Redocly CLI lints the committed
 * OpenAPI document; newman (run by NewmanIT) plays the Postman collection. Both come from npm,
 * pinned in {@code src/test/contract}.
 */
package lu.econnector.contract;
