package lu.econnector.activity.control;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The upstream calls a client reported, in order: what the console's counters are made of. */
public final class RecordedCalls implements UpstreamCallRecorder {

    /** One reported call. */
    public record Call(String upstream, String operation, boolean failed) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();

    @Override
    public void upstreamCall(String upstream, String operation, long nanos, boolean failed) {
        calls.add(new Call(upstream, operation, failed));
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }
}
