package lu.econnector.sandbox;

/** One simulated upstream: registers its operations on the sandbox's HTTPS server. */
public interface Simulator {

    void register(SandboxServer server);
}
