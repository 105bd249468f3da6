package lu.econnector.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.util.concurrent.Callable;
import lu.econnector.config.entity.PadesLevel;
import lu.econnector.template.control.BundledTemplates;
import lu.econnector.template.control.DocumentPreview;
import lu.econnector.template.control.PdfRenderer;
import lu.econnector.template.control.TemplateDataValidator;
import lu.econnector.template.control.TemplatePackageReader;
import lu.econnector.template.control.TemplateSamples;
import lu.econnector.template.entity.TemplatePackage;

/**
 * What a document costs in-process, with nothing else: the {@code mh} sample validated and
 * rendered as PDF/A-3b (the preview's work), and the same then signed at PAdES-BASELINE-T by
 * the eConnector's DSS signer with a local key and the sandbox TSA in this JVM (the work of
 * {@code signed}; a submission adds only the deposit's network). The server's throughput is
 * compared with these.
 */
final class PipelineFloor {

    private final TemplatePackage mh = new BundledTemplates(new TemplatePackageReader()).load("mh");
    private final PdfRenderer renderer = new PdfRenderer(Clock.systemUTC());
    private final TemplateDataValidator validator = new TemplateDataValidator();
    private final SigningFloor signer;
    private final String body = TemplateSamples.mh().toString();

    PipelineFloor() throws Exception {
        this.signer = new SigningFloor(false, PadesLevel.T);
    }

    Callable<Outcome> documents(LoadEndpoint.Floor floor) {
        return () -> {
            long start = System.nanoTime();
            byte[] pdf = render();
            if (floor == LoadEndpoint.Floor.RENDER_AND_SIGN) {
                signer.sign(pdf);
            }
            return Outcome.ok(System.nanoTime() - start);
        };
    }

    private byte[] render() {
        validator.validate(mh, body);
        JsonObject data = DocumentPreview.withProfessional(Json.createReader(new StringReader(body)).readObject(),
                "Dr Anne Muller", "90812100");
        return renderer.render(mh, data);
    }
}
