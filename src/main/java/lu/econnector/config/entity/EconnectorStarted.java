package lu.econnector.config.entity;

/**
 * Fired once the startup checks have passed: what must not run with a refused configuration
 * (the iHUB schedule) starts on it rather than on the container's own start-up.
 */
public record EconnectorStarted(EconnectorConfig config) {
}
