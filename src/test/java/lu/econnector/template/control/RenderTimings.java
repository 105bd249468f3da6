package lu.econnector.template.control;

import java.time.Clock;
import lu.econnector.template.entity.TemplatePackage;

/** Measures rendering time per document on one thread, after a warm-up: not a test, a tool. */
public final class RenderTimings {

    private RenderTimings() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        BundledTemplates bundled = new BundledTemplates(new TemplatePackageReader());
        PdfRenderer renderer = new PdfRenderer(Clock.systemUTC());
        for (String id : BundledTemplates.IDS) {
            TemplatePackage template = bundled.load(id);
            var data = SampleData.of(id);
            for (int i = 0; i < runs; i++) {
                renderer.render(template, data);
            }
            long start = System.nanoTime();
            int size = 0;
            for (int i = 0; i < runs; i++) {
                size = renderer.render(template, data).length;
            }
            double ms = (System.nanoTime() - start) / 1e6 / runs;
            long readStart = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                new TemplatePackageReader().read(TestPackages.bundled(id));
            }
            double readMs = (System.nanoTime() - readStart) / 1e6 / runs;
            System.out.printf("%s: render %.2f ms/doc (%d bytes), package read+check %.2f ms%n", id, ms, size, readMs);
        }
    }
}
