package lu.econnector.template.entity;

import java.util.Objects;

/** A template's title in the two languages the CNS documents carry: French first, German second. */
public record Title(String fr, String de) {

    public Title {
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(de, "de");
    }
}
