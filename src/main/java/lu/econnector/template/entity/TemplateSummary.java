package lu.econnector.template.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;

/** A template as {@code GET /templates} lists it. */
@JsonbPropertyOrder({"id", "version", "title", "source", "sha256"})
public record TemplateSummary(String id, String version, Map<String, String> title, TemplateSource source,
                              String sha256) {

    public static TemplateSummary of(ActiveTemplate active) {
        TemplatePackage template = active.template();
        return new TemplateSummary(template.id(), template.version().toString(),
                Map.of("fr", template.title().fr(), "de", template.title().de()), active.source(), template.sha256());
    }
}
