package lu.econnector.it;

/**
 * The ways an upstream misbehaves in the fault matrix. The first five break one simulated
 * operation (the sandbox's fault injection); the last two break the upstream's connection
 * (its relay), which all of its operations behind the same URL share.
 */
enum InjectedFault {

    SLOW("slower than the deadline", false),
    TRICKLE("bytes trickling past the deadline", false),
    SERVER_ERROR("HTTP 503", false),
    MALFORMED("malformed body", false),
    RESET("connection closed without an answer", false),
    UNTRUSTED_TLS("TLS certificate of an unknown CA", true),
    PORT_CLOSED("port closed", true);

    final String label;
    final boolean atTheConnection;

    InjectedFault(String label, boolean atTheConnection) {
        this.label = label;
        this.atTheConnection = atTheConnection;
    }
}
