package lu.econnector.template.entity;

/** How a data value is shown in its form field. */
public enum FieldFormat {
    /** The value as given: strings verbatim (amounts keep their two decimals), numbers in plain notation. */
    TEXT,
    /** An ISO 8601 date ({@code 2026-11-27}) shown as {@code 27.11.2026}, the way Luxembourg forms write dates. */
    DATE,
    /** A mark: the box is ticked when the value equals the binding's {@code when} (default {@code true}). */
    CHECK
}
