package lu.econnector.mysecu.control;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import lu.econnector.mysecu.soap.SyncExchangePortType;

/**
 * Idle syncexchange ports, each held by one call at a time. A Metro port's request context
 * and outbound headers are not safe to change while another thread calls through it, and
 * each call carries its own professional's assertion; a new port per call was measured at
 * ~1.9 ms (median, warm, 2 cores) beside ~0.4 ms for the header, so ports are reused instead.
 * Without a bound on waiting: a call that finds none idle makes one, and at most
 * {@link #MAX_IDLE} are kept when the burst is over.
 */
final class SyncExchangePorts {

    static final int MAX_IDLE = 16;

    private final Deque<SyncExchangePortType> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private final Supplier<SyncExchangePortType> newPort;

    /** @param newPort a port configured for the endpoint, TLS and timeouts, without headers */
    SyncExchangePorts(Supplier<SyncExchangePortType> newPort) {
        this.newPort = newPort;
    }

    SyncExchangePortType borrow() {
        SyncExchangePortType port = idle.pollFirst();
        if (port == null) {
            return newPort.get();
        }
        idleCount.decrementAndGet();
        return port;
    }

    /** Takes back a port whose call is over and whose headers have been cleared. */
    void giveBack(SyncExchangePortType port) {
        if (idleCount.incrementAndGet() <= MAX_IDLE) {
            idle.offerFirst(port); // most recently used first: its connection is the likeliest still open
        } else {
            idleCount.decrementAndGet();
        }
    }

    int idle() {
        return idleCount.get();
    }
}
