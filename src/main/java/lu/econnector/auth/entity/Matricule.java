package lu.econnector.auth.entity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A Luxembourg social-security number (matricule): 13 digits, the birth date
 * {@code YYYYMMDD}, a 3-digit sequence, then the Luhn check digit of the first 11 digits
 * and the Verhoeff check digit of the first 11 digits (docs/templates/README.md, "Matricule").
 */
public final class Matricule {

    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Verhoeff's tables: the dihedral group D5 multiplication, the permutation and the inverse. */
    private static final int[][] D = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
            {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
            {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
            {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    private static final int[][] P = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
            {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
            {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
    private static final int[] INV = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

    private Matricule() {
    }

    /** What is wrong with a candidate matricule, if anything. */
    public enum Defect {
        NOT_13_DIGITS, INVALID_BIRTH_DATE, LUHN_CHECK_DIGIT, VERHOEFF_CHECK_DIGIT
    }

    /** @return the first defect found, or null for a valid matricule */
    public static Defect defectOf(String candidate) {
        if (candidate == null || !candidate.matches("\\d{13}")) {
            return Defect.NOT_13_DIGITS;
        }
        try {
            LocalDate.parse(candidate.substring(0, 8), BIRTH_DATE);
        } catch (DateTimeParseException e) {
            return Defect.INVALID_BIRTH_DATE;
        }
        String first11 = candidate.substring(0, 11);
        if (candidate.charAt(11) - '0' != luhn(first11)) {
            return Defect.LUHN_CHECK_DIGIT;
        }
        if (candidate.charAt(12) - '0' != verhoeff(first11)) {
            return Defect.VERHOEFF_CHECK_DIGIT;
        }
        return null;
    }

    public static boolean isValid(String candidate) {
        return defectOf(candidate) == null;
    }

    /** The Luhn (mod 10) check digit: double every second digit from the right, starting with the last. */
    static int luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    /** The Verhoeff check digit (Verhoeff 1969), which also catches adjacent transpositions. */
    static int verhoeff(String digits) {
        int c = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            c = D[c][P[(i + 1) % 8][digit]];
        }
        return INV[c];
    }
}
