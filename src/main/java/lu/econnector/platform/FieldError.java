package lu.econnector.platform;

/** One validation failure: the JSON Pointer of the field and what is wrong with it. */
public record FieldError(String field, String message) {
}
