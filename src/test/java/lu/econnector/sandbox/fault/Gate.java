package lu.econnector.sandbox.fault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;

/**
 * A loopback port in front of one upstream, relaying TCP as it is (TLS stays end to end), so
 * that faults below HTTP hit one upstream only although the simulators share a port: the gate
 * can relay to the simulators ({@link Mode#OPEN}), to a server whose TLS certificate no one
 * trusts ({@link Mode#UNTRUSTED_TLS}), or stop listening ({@link Mode#CLOSED}: connections
 * refused). Changing the mode drops the connections it relays, as a restarted upstream would.
 */
public final class Gate implements AutoCloseable {

    /** Where the gate's connections go. */
    public enum Mode { OPEN, UNTRUSTED_TLS, CLOSED }

    private final int port;
    private final IntSupplier simulatorsPort;
    private final int untrustedPort;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "gate");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Socket> relayed = ConcurrentHashMap.newKeySet();
    private volatile Mode mode = Mode.CLOSED;
    private ServerSocket listener;

    private Gate(int port, IntSupplier simulatorsPort, int untrustedPort) {
        this.port = port;
        this.simulatorsPort = simulatorsPort;
        this.untrustedPort = untrustedPort;
    }

    /**
     * Opens a gate on a free port, relaying to the simulators.
     *
     * @param simulatorsPort asked at each connection: the simulators may start after their gates,
     *                       whose ports they must know
     */
    public static Gate open(IntSupplier simulatorsPort, int untrustedPort) throws IOException {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        Gate gate = new Gate(free, simulatorsPort, untrustedPort);
        gate.set(Mode.OPEN);
        return gate;
    }

    public int port() {
        return port;
    }

    public synchronized void set(Mode next) throws IOException {
        dropConnections();
        if (next == Mode.CLOSED) {
            closeListener();
        } else if (listener == null) {
            listen();
        }
        mode = next;
    }

    private void listen() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        listener = socket;
        threads.execute(() -> accept(socket));
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                threads.execute(() -> relay(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        int target = mode == Mode.UNTRUSTED_TLS ? untrustedPort : simulatorsPort.getAsInt();
        try (client; Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target)) {
            relayed.add(client);
            relayed.add(upstream);
            threads.execute(() -> pump(upstream, client));
            pump(client, upstream);
        } catch (IOException e) {
            // the simulators went away: the client sees its connection end
        } finally {
            relayed.remove(client);
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // either side closed: close both below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            relayed.remove(from);
            relayed.remove(to);
        }
    }

    private void dropConnections() {
        relayed.forEach(Gate::closeQuietly);
        relayed.clear();
    }

    private void closeListener() {
        if (listener != null) {
            closeQuietly(listener);
            listener = null;
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing anyway
        }
    }

    @Override
    public synchronized void close() {
        dropConnections();
        closeListener();
        threads.shutdownNow();
    }
}
