package lu.econnector.auth.entity;

/**
 * Valid matricules for test data, computed rather than typed in: the eConnector only checks
 * matricules, it never makes one.
 */
public final class Matricules {

    private Matricules() {
    }

    /** Completes a birth date and sequence (11 digits) with both check digits. */
    public static String withCheckDigits(String first11) {
        if (!first11.matches("\\d{11}")) {
            throw new IllegalArgumentException("11 digits expected");
        }
        return first11 + Matricule.luhn(first11) + Matricule.verhoeff(first11);
    }
}
