package lu.econnector.template.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Clock;
import lu.econnector.activity.control.Activity;
import lu.econnector.activity.entity.Stage;
import lu.econnector.auth.entity.Professional;
import lu.econnector.platform.Jsons;
import lu.econnector.template.entity.RenderedDocument;
import lu.econnector.template.entity.TemplatePackage;

/**
 * The render stage: a document from a vendor's data, validated first (all violations in one
 * 422), then completed with the professional as the token names them (never from the body:
 * a document names whoever signed in, docs/templates/README.md), then filled into the active
 * version of the template as PDF/A-3b.
 * The same rendering serves a preview, a signature and a submission.
 */
@ApplicationScoped
public class DocumentRendering {

    private static final JsonProvider JSON = Jsons.provider();

    @Inject
    TemplateCatalog catalog;

    @Inject
    TemplateDataValidator validator;

    @Inject
    Activity activity;

    private final PdfRenderer renderer = new PdfRenderer(Clock.systemUTC());

    /** @throws UnknownTemplateException 404; {@link TemplateDataInvalidException} 422 */
    public RenderedDocument render(String templateId, String body, Professional professional) {
        TemplatePackage template = catalog.template(templateId);
        return activity.stage(Stage.RENDER, () -> {
            validator.validate(template, body);
            JsonObject data = JSON.createReader(new StringReader(body)).readObject();
            byte[] pdf = renderer.render(template, withProfessional(data, professional.name(), professional.psCode()));
            return new RenderedDocument(template.reference(), pdf);
        });
    }

    /** The data as rendered and embedded: the body, and the professional as the token names them. */
    public static JsonObject withProfessional(JsonObject data, String name, String psCode) {
        return JSON.createObjectBuilder(data)
                .add("professional", JSON.createObjectBuilder().add("name", name == null ? "" : name).add("code", psCode))
                .build();
    }
}
