package lu.econnector.health.entity;

/** How usable something is. DEGRADED: working, with an optional part missing. */
public enum Availability {
    UP, DEGRADED, DOWN
}
