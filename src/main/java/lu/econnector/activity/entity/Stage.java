package lu.econnector.activity.entity;

/** A stage of the document pipeline. */
public enum Stage {
    RENDER("rendered"),
    SIGN("signed"),
    DEPOSIT("deposited");

    private final String done;

    Stage(String done) {
        this.done = done;
    }

    /** The tag value of a finished document: {@code rendered}, {@code signed}, {@code deposited}. */
    public String done() {
        return done;
    }
}
