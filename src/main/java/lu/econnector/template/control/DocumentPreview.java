package lu.econnector.template.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import lu.econnector.activity.control.Activity;
import lu.econnector.activity.entity.Stage;
import lu.econnector.auth.entity.Professional;
import lu.econnector.template.entity.TemplatePackage;

/**
 * Renders a document from a vendor's data: validated first (all violations in one 422),
 * then completed with the professional as the token names them (never from the body,
 * docs/templates/README.md), then filled into the active template as PDF/A-3b.
 */
@ApplicationScoped
public class DocumentPreview {

    @Inject
    TemplateCatalog catalog;

    @Inject
    TemplateDataValidator validator;

    @Inject
    Activity activity;

    private final PdfRenderer renderer = new PdfRenderer(Clock.systemUTC());

    public byte[] render(String templateId, String body, Professional professional) {
        return render(catalog.template(templateId), body, professional);
    }

    /** With the version given: a submission names the version it rendered in its receipt. */
    public byte[] render(TemplatePackage template, String body, Professional professional) {
        return activity.stage(Stage.RENDER, () -> {
            validator.validate(template, body);
            JsonObject data = Json.createReader(new StringReader(body)).readObject();
            return renderer.render(template, withProfessional(data, professional.name(), professional.psCode()));
        });
    }

    /** The data as rendered and embedded: the body, and the professional as the token names them. */
    public static JsonObject withProfessional(JsonObject data, String name, String psCode) {
        return Json.createObjectBuilder(data)
                .add("professional", Json.createObjectBuilder().add("name", name == null ? "" : name).add("code", psCode))
                .build();
    }
}
