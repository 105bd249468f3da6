package lu.econnector.template.entity;

import java.time.Instant;

/**
 * The latest eConnector release iHUB announces ({@code GET /econnector/latest}), which the
 * console shows as an available update.
 *
 * @param publishedAt null when iHUB does not say
 * @param notes       empty when iHUB gives none
 */
public record EconnectorRelease(String version, Instant publishedAt, String notes) {
}
