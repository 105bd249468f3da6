package lu.econnector.template.baseline;

import static lu.econnector.template.baseline.FormCanvas.BRAND;
import static lu.econnector.template.baseline.FormCanvas.MUTED;
import static lu.econnector.template.baseline.FormCanvas.RULE;
import static lu.econnector.template.baseline.FormCanvas.ZEBRA;
import static lu.econnector.template.baseline.FormParts.LEFT;
import static lu.econnector.template.baseline.FormParts.RIGHT;
import static lu.econnector.template.baseline.FormParts.WIDTH;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

/** The page layouts of the baseline {@code mh}, {@code pid} and {@code ecit} forms. */
final class BaselineForms {

    static final int ACT_ROWS = 20;
    private static final float ROW = 15;

    /** One column of the acts table: its field suffix, headings, width and alignment. */
    record Column(String field, String fr, String de, float width, int quadding) {
    }

    static final List<Column> MH_COLUMNS = List.of(
            new Column("date", "Date", "Datum", 62, 1),
            new Column("code", "Code", "Code", 52, 1),
            new Column("label", "Libellé de l'acte", "Bezeichnung der Leistung", 256, 0),
            new Column("quantity", "Qté", "Anz.", 40, 1),
            new Column("amount", "Montant EUR", "Betrag EUR", 105, 2));

    static final List<Column> PID_COLUMNS = List.of(
            new Column("date", "Date", "Datum", 58, 1),
            new Column("code", "Code", "Code", 44, 1),
            new Column("label", "Libellé de l'acte", "Bezeichnung der Leistung", 170, 0),
            new Column("quantity", "Qté", "Anz.", 30, 1),
            new Column("amount", "Montant EUR", "Betrag EUR", 71, 2),
            new Column("insurerShare", "Part CNS", "Anteil CNS", 71, 2),
            new Column("patientShare", "Part patient", "Anteil Patient", 71, 2));

    private BaselineForms() {
    }

    static void feeNote(FormCanvas c, String id, String version, String titleFr, String titleDe, List<Column> columns,
                        String paidFr, String paidDe, String... notes) throws IOException {
        FormParts.header(c, id, version, titleFr, titleDe);
        FormParts.parties(c, 154);
        float inner = FormParts.section(c, "Mémoire", "Rechnung", LEFT, 258, WIDTH, 38) + 6;
        FormParts.row(c, "N° du mémoire", "Rechnungsnummer", "invoiceNumber", LEFT + 8, inner, 120, 120);
        FormParts.row(c, "Date d'émission", "Ausstellungsdatum", "issueDate", LEFT + 290, inner, 132, 90);
        float bottom = acts(c, columns, 306);
        totals(c, columns, bottom);
        c.tick("paid", LEFT + 2, bottom + 30);
        c.label(paidFr, paidDe, LEFT + 17, bottom + 37.5f, 8);
        FormParts.signature(c, 700, notes);
        FormParts.footer(c, id, version);
    }

    private static float acts(FormCanvas c, List<Column> columns, float top) throws IOException {
        c.fill(BRAND, LEFT, top, WIDTH, 24);
        float x = LEFT;
        for (Column col : columns) {
            float anchor = col.quadding() == 2 ? x + col.width() - 5 : col.quadding() == 1 ? x + col.width() / 2 : x + 5;
            int align = col.quadding() == 2 ? 1 : col.quadding() == 1 ? 0 : -1;
            c.text(col.fr(), anchor, top + 10, 7.5f, Color.WHITE, true, align);
            c.text(col.de(), anchor, top + 19.5f, 6.5f, new Color(205, 222, 238), false, align);
            x += col.width();
        }
        float rowsTop = top + 24;
        for (int row = 1; row <= ACT_ROWS; row++) {
            float y = rowsTop + (row - 1) * ROW;
            if (row % 2 == 0) {
                c.fill(ZEBRA, LEFT, y, WIDTH, ROW);
            }
            x = LEFT;
            for (Column col : columns) {
                c.field("act." + row + "." + col.field(), x + 3, y + 1.5f, col.width() - 6, ROW - 3,
                        8.5f, col.quadding());
                x += col.width();
            }
        }
        float bottom = rowsTop + ACT_ROWS * ROW;
        x = LEFT;
        for (int i = 0; i < columns.size() - 1; i++) {
            x += columns.get(i).width();
            c.line(x, rowsTop, x, bottom, RULE, 0.4f);
        }
        c.frame(LEFT, top, WIDTH, bottom - top);
        return bottom;
    }

    private static void totals(FormCanvas c, List<Column> columns, float top) throws IOException {
        float x = LEFT;
        float labelEnd = LEFT;
        for (Column col : columns) {
            if (col.field().equals("amount")) {
                labelEnd = x;
            }
            x += col.width();
        }
        c.fill(FormCanvas.TINT, LEFT, top, WIDTH, 18);
        c.frame(LEFT, top, WIDTH, 18);
        c.text("/ Gesamt EUR", labelEnd - 8, top + 12.5f, 8.5f, MUTED, false, 1);
        c.text("Total", labelEnd - 11 - c.width("/ Gesamt EUR", 8.5f), top + 12.5f, 8.5f, BRAND, true, 1);
        x = labelEnd;
        for (Column col : columns.subList(columns.indexOf(columns.stream()
                .filter(k -> k.field().equals("amount")).findFirst().orElseThrow()), columns.size())) {
            String name = switch (col.field()) {
                case "amount" -> "totalAmount";
                case "insurerShare" -> "totalInsurerShare";
                default -> "totalPatientShare";
            };
            c.field(name, x + 3, top + 2.5f, col.width() - 6, 13, 9, 2);
            c.line(x, top, x, top + 18, RULE, 0.4f);
            x += col.width();
        }
    }

    static void incapacity(FormCanvas c, String version) throws IOException {
        FormParts.header(c, "ecit", version, "CERTIFICAT D'INCAPACITÉ DE TRAVAIL", "Ärztliche Arbeitsunfähigkeitsbescheinigung");
        FormParts.parties(c, 154);
        float top = FormParts.section(c, "Incapacité de travail", "Arbeitsunfähigkeit", LEFT, 258, WIDTH, 236) + 14;
        float mid = LEFT + FormParts.HALF + 15;
        tickRow(c, "certificate.initial", "Certificat initial", "Erstbescheinigung", LEFT + 10, top);
        tickRow(c, "certificate.extension", "Prolongation", "Verlängerung", mid, top);
        float dates = top + 28;
        FormParts.row(c, "Incapable de travailler du", "arbeitsunfähig vom", "incapacity.from", LEFT + 10, dates, 160, 80);
        FormParts.row(c, "au (inclus)", "bis (einschließlich)", "incapacity.to", mid, dates, 110, 80);
        float cause = dates + 32;
        c.label("Cause", "Ursache", LEFT + 10, cause + 7, 8);
        tickRow(c, "cause.illness", "Maladie", "Krankheit", LEFT + 10, cause + 16);
        tickRow(c, "cause.workAccident", "Accident du travail", "Arbeitsunfall", mid, cause + 16);
        tickRow(c, "cause.commutingAccident", "Accident de trajet", "Wegeunfall", LEFT + 10, cause + 36);
        tickRow(c, "cause.otherAccident", "Autre accident", "Sonstiger Unfall", mid, cause + 36);
        float yesNo = cause + 66;
        yesNo(c, "outings", "Sorties autorisées", "Ausgang erlaubt", yesNo);
        yesNo(c, "hospitalised", "Hospitalisation", "Krankenhausaufenthalt", yesNo + 22);
        FormParts.row(c, "Date d'émission", "Ausstellungsdatum", "issueDate", LEFT + 10, yesNo + 48, 160, 80);

        FormParts.section(c, "À l'attention du patient", "Hinweis für den Patienten", LEFT, 508, WIDTH, 62);
        c.text("À transmettre à la CNS et à l'employeur au plus tard le troisième jour ouvré de l'incapacité.",
                LEFT + 10, 538, 7.5f, FormCanvas.INK, false, -1);
        c.text("Spätestens am dritten Werktag der Arbeitsunfähigkeit an die CNS und den Arbeitgeber zu senden.",
                LEFT + 10, 551, 7.5f, MUTED, false, -1);
        FormParts.signature(c, 700, "Document établi et signé électroniquement (PAdES).",
                "Elektronisch erstellt und signiert (PAdES).",
                "Les données du certificat sont jointes au document (data.json).",
                "Die Daten der Bescheinigung sind dem Dokument beigefügt (data.json).");
        FormParts.footer(c, "ecit", version);
    }

    private static void tickRow(FormCanvas c, String field, String fr, String de, float x, float top) throws IOException {
        c.tick(field, x, top);
        c.label(fr, de, x + 15, top + 7.5f, 8);
    }

    private static void yesNo(FormCanvas c, String field, String fr, String de, float top) throws IOException {
        c.label(fr, de, LEFT + 10, top + 7.5f, 8);
        tickRow(c, field + ".yes", "oui", "ja", LEFT + 200, top);
        tickRow(c, field + ".no", "non", "nein", LEFT + 280, top);
        c.line(LEFT + 10, top + 16, RIGHT - 10, top + 16, RULE, 0.3f);
    }
}
