package lu.econnector.activity.control;

/**
 * Where an upstream client reports each call: {@link Activity} in the container, nothing in a
 * unit test that builds the client by hand.
 */
public interface UpstreamCallRecorder {

    UpstreamCallRecorder NONE = (upstream, operation, nanos, failed) -> {
    };

    /** @param failed the upstream failed (down, slow, nonsense); a refusal of a professional is no failure */
    void upstreamCall(String upstream, String operation, long nanos, boolean failed);
}
