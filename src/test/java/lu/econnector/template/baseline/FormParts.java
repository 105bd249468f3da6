package lu.econnector.template.baseline;

import static lu.econnector.template.baseline.FormCanvas.BRAND;
import static lu.econnector.template.baseline.FormCanvas.MUTED;
import static lu.econnector.template.baseline.FormCanvas.RULE;
import static lu.econnector.template.baseline.FormCanvas.TINT;

import java.awt.Color;
import java.io.IOException;
import java.util.Locale;

/** The blocks every baseline form shares: header, the two parties, signature, footer. */
final class FormParts {

    static final float LEFT = 40;
    static final float RIGHT = FormCanvas.WIDTH - 40;
    static final float WIDTH = RIGHT - LEFT;
    static final float HALF = (WIDTH - 15) / 2;

    private FormParts() {
    }

    static void header(FormCanvas c, String id, String version, String titleFr, String titleDe) throws IOException {
        c.fill(BRAND, LEFT, 36, WIDTH, 50);
        c.text("CNS", LEFT + 14, 70, 22, Color.WHITE, true, -1);
        c.line(LEFT + 70, 46, LEFT + 70, 76, new Color(120, 160, 200), 0.8f);
        c.text("Caisse nationale de santé", LEFT + 80, 58, 10, Color.WHITE, true, -1);
        c.text("Gesondheetskeess · Nationale Gesundheitskasse", LEFT + 80, 71, 7.5f, new Color(205, 222, 238), false, -1);
        c.text("Modèle / Vorlage " + id, RIGHT - 12, 58, 7.5f, Color.WHITE, false, 1);
        c.text("Version " + version, RIGHT - 12, 70, 7.5f, new Color(205, 222, 238), false, 1);
        c.text(titleFr, FormCanvas.WIDTH / 2, 116, 16, BRAND, true, 0);
        c.text(titleDe, FormCanvas.WIDTH / 2, 131, 10.5f, MUTED, false, 0);
        c.line(LEFT, 142, RIGHT, 142, BRAND, 1.2f);
    }

    /** A titled box; returns the top of its content area. */
    static float section(FormCanvas c, String fr, String de, float x, float top, float w, float h) throws IOException {
        c.fill(TINT, x, top, w, 16);
        c.frame(x, top, w, h);
        c.heading(fr.toUpperCase(Locale.FRENCH), de, x + 8, top + 11.5f, 8);
        return top + 16;
    }

    /** A labelled field on one row of a section: label on the left, field with a base line. */
    static void row(FormCanvas c, String fr, String de, String field, float x, float top, float labelWidth,
                    float fieldWidth) throws IOException {
        c.label(fr, de, x, top + 9.5f, 7);
        c.field(field, x + labelWidth, top, fieldWidth, 13, 9, 0);
        c.line(x + labelWidth, top + 13, x + labelWidth + fieldWidth, top + 13, RULE, 0.4f);
    }

    static void parties(FormCanvas c, float top) throws IOException {
        float inner = section(c, "Prestataire", "Leistungserbringer", LEFT, top, HALF, 94) + 6;
        row(c, "Nom", "Name", "professional.name", LEFT + 8, inner, 92, HALF - 108);
        row(c, "Code prestataire", "Kodex", "professional.code", LEFT + 8, inner + 18, 92, HALF - 108);
        row(c, "Adresse", "Anschrift", "practice.street", LEFT + 8, inner + 36, 92, HALF - 108);
        c.field("practice.postalCode", LEFT + 100, inner + 54, 44, 13, 9, 0);
        c.field("practice.city", LEFT + 148, inner + 54, HALF - 156, 13, 9, 0);
        c.line(LEFT + 100, inner + 67, LEFT + HALF - 8, inner + 67, RULE, 0.4f);

        float px = LEFT + HALF + 15;
        inner = section(c, "Patient", "Patient", px, top, HALF, 94) + 6;
        row(c, "Nom", "Name", "patient.lastName", px + 8, inner, 92, HALF - 108);
        row(c, "Prénom", "Vorname", "patient.firstName", px + 8, inner + 18, 92, HALF - 108);
        row(c, "Matricule", "Matrikelnummer", "patient.matricule", px + 8, inner + 36, 92, HALF - 108);
    }

    static void signature(FormCanvas c, float top, String... notes) throws IOException {
        float y = top + 14;
        for (String note : notes) {
            c.text(note, LEFT, y, 7, MUTED, false, -1);
            y += 11;
        }
        float x = LEFT + HALF + 15;
        c.frame(x, top, HALF, 76);
        c.label("Signature du prestataire", "Unterschrift des Leistungserbringers", x + 8, top + 12, 7);
        c.text("Signature électronique qualifiée / Qualifizierte elektronische Signatur", x + HALF / 2, top + 68,
                6, RULE, false, 0);
    }

    static void footer(FormCanvas c, String id, String version) throws IOException {
        c.line(LEFT, 800, RIGHT, 800, RULE, 0.5f);
        c.text("CNS — Caisse nationale de santé · Gesondheetskeess", LEFT, 811, 6.5f, MUTED, false, -1);
        c.text(id + " " + version + " · eConnector", RIGHT, 811, 6.5f, MUTED, false, 1);
    }
}
