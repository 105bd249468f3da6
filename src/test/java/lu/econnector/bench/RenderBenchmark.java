package lu.econnector.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lu.econnector.template.control.BundledTemplates;
import lu.econnector.template.control.DocumentRendering;
import lu.econnector.template.control.PdfRenderer;
import lu.econnector.template.control.TemplateDataValidator;
import lu.econnector.template.control.TemplatePackageReader;
import lu.econnector.template.control.TemplateSamples;
import lu.econnector.template.entity.TemplatePackage;

/**
 * Renders and validates each bundled template in-process, as a preview does minus HTTP:
 * prints documents per second and the p50/p99 latency per template, on 1 and 2 threads.
 * Run with {@code bench/render} (see bench/README.md). Not a test: figures, no assertions.
 */
public final class RenderBenchmark {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 300);
    private static final int MEASURED = Integer.getInteger("bench.documents", 1000);

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BundledTemplates bundled = new BundledTemplates(new TemplatePackageReader());
        PdfRenderer renderer = new PdfRenderer(Clock.systemUTC());
        TemplateDataValidator validator = new TemplateDataValidator();
        Map<String, String> samples = Map.of("mh", TemplateSamples.mh().toString(),
                "pid", TemplateSamples.pid().toString(), "ecit", TemplateSamples.ecit().toString());
        System.out.printf("%-5s %7s %10s %9s %9s%n", "id", "threads", "docs/s", "p50 ms", "p99 ms");
        for (String id : BundledTemplates.IDS) {
            TemplatePackage template = bundled.load(id);
            String body = samples.get(id);
            Callable<Long> oneDocument = () -> {
                long start = System.nanoTime();
                validator.validate(template, body);
                JsonObject data = DocumentRendering.withProfessional(
                        Json.createReader(new StringReader(body)).readObject(), "Dr Anne Muller", "90812100");
                renderer.render(template, data);
                return System.nanoTime() - start;
            };
            for (int threads : new int[] {1, 2}) {
                run(oneDocument, threads, WARMUP);
                long wallStart = System.nanoTime();
                long[] latencies = run(oneDocument, threads, MEASURED);
                double seconds = (System.nanoTime() - wallStart) / 1e9;
                Arrays.sort(latencies);
                System.out.printf("%-5s %7d %10.1f %9.2f %9.2f%n", id, threads, MEASURED / seconds,
                        latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.99)] / 1e6);
            }
        }
    }

    private static long[] run(Callable<Long> task, int threads, int documents) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < documents; i++) {
                results.add(pool.submit(task));
            }
            long[] latencies = new long[documents];
            for (int i = 0; i < documents; i++) {
                latencies[i] = results.get(i).get();
            }
            return latencies;
        } finally {
            pool.shutdown();
        }
    }
}
