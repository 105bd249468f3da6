/**
 * The operators' admin console (docs/operations.md, "Admin console"): Jakarta Faces pages under
 * {@code /admin/} behind an OpenID Connect login (pac4j) that requires the admin role; the
 * dashboard of the upstreams, the templates and their iHUB sync, the effective configuration
 * with its secrets masked, and the activity counters. Its pages carry a strict Content
 * Security Policy (no inline script) and refuse cross-origin POSTs.
 */
package lu.econnector.admin;
