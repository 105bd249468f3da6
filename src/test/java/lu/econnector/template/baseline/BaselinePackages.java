package lu.econnector.template.baseline;

import java.io.ByteArrayOutputStream;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import lu.econnector.template.control.DocumentFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes the baseline template packages that the WAR bundles, from source: the descriptor is
 * {@code src/test/baseline/<id>/template.json} (hand-written: titles and mapping) with the
 * data schema of {@code src/test/baseline/<id>/schema.json}, the form is
 * drawn by {@link BaselineForms}. The output is committed as
 * {@code src/main/resources/templates/<id>.zip}, the same format iHUB serves, so that one
 * reader and one SHA-256 definition serve both sources; {@code BaselinePackagesTest} proves the
 * committed packages equal a fresh generation. After changing a layout or a descriptor run
 * {@code mvn -q test -Dtest=BaselinePackagesTest -Dbaseline.write=true}.
 *
 * <p>Why not generate at build time: a generated package would change its SHA-256 with the
 * build machine's zlib, and the provenance of every document would follow; committed bytes
 * are reviewed once and stay put. The ZIP entries are stored (not deflated) with a fixed time
 * for the same reason.
 */
public final class BaselinePackages {

    public static final List<String> IDS = List.of("mh", "pid", "ecit");
    public static final String VERSION = "1.0.0";
    static final Path SOURCES = Path.of("src/test/baseline");
    public static final Path OUTPUT = Path.of("src/main/resources/templates");
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

    private BaselinePackages() {
    }

    public static byte[] generate(String id) throws IOException {
        return generate(id, VERSION);
    }

    /**
     * The baseline package relabelled as another version, form included: what the sandbox's
     * iHUB offers as a newer release.
     */
    public static byte[] generate(String id, String version) throws IOException {
        return zip(descriptor(id, version), form(id, version));
    }

    /**
     * The hand-written descriptor with the data schema put in, and the version given. The
     * package is then the schema's only copy in the WAR: the data validation reads it from the
     * active package.
     */
    public static byte[] descriptor(String id, String version) throws IOException {
        JsonObject descriptor = read(SOURCES.resolve(id).resolve("template.json"));
        JsonObject schema = read(SOURCES.resolve(id).resolve("schema.json"));
        return write(Json.createObjectBuilder(descriptor).add("version", version).add("schema", schema).build());
    }

    private static byte[] write(JsonObject descriptor) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(text)) {
            writer.writeObject(descriptor);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject read(Path file) throws IOException {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            return reader.readObject();
        }
    }

    public static byte[] form(String id, String version) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = DocumentFont.load(doc);
            try (FormCanvas canvas = new FormCanvas(doc, font)) {
                switch (id) {
                    case "mh" -> BaselineForms.feeNote(canvas, id, version, "MÉMOIRE D'HONORAIRES", "Honorarnote",
                            BaselineForms.MH_COLUMNS, "Acquitté : le montant total a été payé",
                            "Bezahlt: der Gesamtbetrag wurde entrichtet", notes("du mémoire", "der Honorarnote"));
                    case "pid" -> BaselineForms.feeNote(canvas, id, version, "PAIEMENT IMMÉDIAT DIRECT",
                            "Direkte Sofortzahlung", BaselineForms.PID_COLUMNS,
                            "Part patient acquittée ; la part CNS est payée au prestataire",
                            "Patientenanteil bezahlt; der CNS-Anteil geht an den Leistungserbringer",
                            notes("du document", "des Dokuments"));
                    case "ecit" -> BaselineForms.incapacity(canvas, version);
                    default -> throw new IllegalArgumentException("no baseline form " + id);
                }
            }
            // A fixed identifier: PDFBox would otherwise derive one from the clock.
            COSArray fileId = new COSArray();
            fileId.add(new COSString(("econnector-" + id + "-" + version).getBytes(StandardCharsets.US_ASCII)));
            fileId.add(fileId.get(0));
            doc.getDocument().getTrailer().setItem(COSName.ID, fileId);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String[] notes(String fr, String de) {
        return new String[] {"Document établi et signé électroniquement (PAdES).",
                "Elektronisch erstellt und signiert (PAdES).",
                "Les données " + fr + " sont jointes au document (data.json).",
                "Die Daten " + de + " sind dem Dokument beigefügt (data.json)."};
    }

    public static byte[] zip(byte[] descriptor, byte[] form) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            stored(zip, "template.json", descriptor);
            stored(zip, "form.pdf", form);
        }
        return out.toByteArray();
    }

    private static void stored(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setTimeLocal(FIXED_TIME);
        entry.setSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /** Writes every baseline package into {@link #OUTPUT}; run from the project's root folder. */
    public static void main(String[] args) throws IOException {
        Files.createDirectories(OUTPUT);
        for (String id : IDS) {
            Files.write(OUTPUT.resolve(id + ".zip"), generate(id));
        }
    }
}
