package lu.econnector.sandbox.mysecu;

import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.Simulator;
import lu.econnector.sandbox.aes.AesKeys;
import lu.econnector.sandbox.pki.SandboxCa;

public final class MySecuSimulator implements Simulator {

    public MySecuSimulator(SandboxCa ca, AesKeys aesKeys) {
    }

    @Override
    public void register(SandboxServer server) {
    }
}
