package lu.econnector.sandbox.aes;

import java.util.List;

/** What the sandbox AeS's registered clients hold that no log may show. */
public final class AesClients {

    private AesClients() {
    }

    /** The secret of every client registered in the sandbox AeS. */
    public static List<String> secrets() {
        return List.of(SandboxClient.VENDOR, SandboxClient.CONSOLE).stream().map(SandboxClient::secret).toList();
    }
}
