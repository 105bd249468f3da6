package lu.econnector.platform;

/** The four external systems, and whether the eConnector can work without each. */
public enum Upstream {
    AES("aes", "AeS identity provider", true),
    KMS("kms", "KMS remote signature", true),
    MYSECU("mysecu", "mySecu deposit", true),
    IHUB("ihub", "iHUB templates", false);

    private final String id;
    private final String title;
    private final boolean required;

    Upstream(String id, String title, boolean required) {
        this.id = id;
        this.title = title;
        this.required = required;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public boolean required() {
        return required;
    }
}
