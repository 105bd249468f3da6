package lu.econnector.template.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Renders each baseline with its sample data to {@code target/previews/<id>.pdf} and, where
 * poppler's {@code pdftoppm} is installed, its first page to {@code docs/templates/<id>.png},
 * for a human to look at. Run from the project folder after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes:<test classpath> lu.econnector.template.control.BaselinePreviews}.
 */
public final class BaselinePreviews {

    private BaselinePreviews() {
    }

    public static void main(String[] args) throws Exception {
        Path pdfs = Files.createDirectories(Path.of("target/previews"));
        Path pngs = Files.createDirectories(Path.of("docs/templates"));
        BundledTemplates bundled = new BundledTemplates(new TemplatePackageReader());
        PdfRenderer renderer = new PdfRenderer(Clock.systemUTC());
        for (String id : BundledTemplates.IDS) {
            Path pdf = pdfs.resolve(id + ".pdf");
            Files.write(pdf, renderer.render(bundled.load(id), SampleData.of(id)));
            try {
                Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "110", "-singlefile", "-f", "1", "-l", "1",
                        pdf.toString(), pngs.resolve(id).toString()).inheritIO().start();
                System.out.println(id + ": " + (p.waitFor() == 0 ? pngs.resolve(id + ".png") : "pdftoppm failed"));
            } catch (java.io.IOException e) {
                System.out.println(id + ": " + pdf + " (no pdftoppm: apt-get install poppler-utils for the PNG)");
            }
        }
    }
}
