package lu.econnector.template.boundary;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import lu.econnector.template.entity.TemplatePackage;

/**
 * A template's data schema (JSON Schema draft 2020-12, the one the server validates with) as
 * OpenAPI 3.0 components, so that the contract types the body of each template: the root is
 * {@code <Id>Data} ({@code MhData}), each {@code $defs} entry {@code <Id><Def>} ({@code MhPatient}),
 * and {@code #/$defs/x} references point at those components. A keyword it does not translate
 * fails the build's tests rather than vanish from the contract silently.
 */
public final class TemplateDataSchemas {

    /** What is carried over as is; {@code $schema}, {@code $id} and {@code $defs} are structural. */
    private static final Set<String> TRANSLATED = Set.of("$schema", "$id", "$defs", "$ref", "title", "description",
            "type", "properties", "required", "additionalProperties", "items", "minItems", "maxItems", "enum",
            "pattern", "format", "minLength", "maxLength", "minimum", "maximum");
    private static final String LOCAL_DEFS = "#/$defs/";
    private static final String COMPONENTS = "#/components/schemas/";

    private final String prefix;

    private TemplateDataSchemas(String templateId) {
        this.prefix = templateId.substring(0, 1).toUpperCase(Locale.ROOT) + templateId.substring(1);
    }

    /** The name of a template's data component: {@code mh} gives {@code MhData}. */
    public static String rootName(String templateId) {
        return new TemplateDataSchemas(templateId).prefix + "Data";
    }

    /** The components of one template's data, the root first. */
    public static Map<String, Schema> of(TemplatePackage template) {
        TemplateDataSchemas names = new TemplateDataSchemas(template.id());
        Map<String, Schema> components = new LinkedHashMap<>();
        components.put(rootName(template.id()), names.translate(template.schema()));
        JsonObject defs = template.schema().getJsonObject("$defs");
        if (defs != null) {
            defs.forEach((name, def) -> components.put(names.componentOf(name), names.translate(def.asJsonObject())));
        }
        return components;
    }

    private String componentOf(String def) {
        return prefix + def.substring(0, 1).toUpperCase(Locale.ROOT) + def.substring(1);
    }

    private Schema translate(JsonObject json) {
        json.keySet().stream().filter(keyword -> !TRANSLATED.contains(keyword)).findFirst().ifPresent(keyword -> {
            throw new IllegalStateException("the contract cannot translate the JSON Schema keyword " + keyword);
        });
        Schema schema = OASFactory.createSchema();
        if (json.containsKey("$ref")) {
            return schema.ref(reference(json.getString("$ref")));
        }
        schema.title(json.getString("title", null)).description(json.getString("description", null))
                .pattern(json.getString("pattern", null)).format(json.getString("format", null));
        if (json.containsKey("type")) {
            schema.type(SchemaType.valueOf(json.getString("type").toUpperCase(Locale.ROOT)));
        }
        if (json.containsKey("properties")) {
            Map<String, Schema> properties = new LinkedHashMap<>();
            json.getJsonObject("properties").forEach((name, value) ->
                    properties.put(name, translate(value.asJsonObject())));
            schema.properties(properties);
        }
        if (json.containsKey("required")) {
            schema.required(strings(json, "required"));
        }
        if (json.containsKey("additionalProperties")) {
            schema.additionalPropertiesBoolean(json.getBoolean("additionalProperties"));
        }
        if (json.containsKey("items")) {
            schema.items(translate(json.getJsonObject("items")));
        }
        if (json.containsKey("enum")) {
            schema.enumeration(List.copyOf(strings(json, "enum")));
        }
        limits(json, schema);
        return schema;
    }

    private static void limits(JsonObject json, Schema schema) {
        schema.minLength(integer(json, "minLength")).maxLength(integer(json, "maxLength"))
                .minItems(integer(json, "minItems")).maxItems(integer(json, "maxItems"));
        if (json.containsKey("minimum")) {
            schema.minimum(json.getJsonNumber("minimum").bigDecimalValue());
        }
        if (json.containsKey("maximum")) {
            schema.maximum(json.getJsonNumber("maximum").bigDecimalValue());
        }
    }

    private String reference(String ref) {
        if (!ref.startsWith(LOCAL_DEFS)) {
            throw new IllegalStateException("the contract only translates references to $defs, not " + ref);
        }
        return COMPONENTS + componentOf(ref.substring(LOCAL_DEFS.length()));
    }

    private static Integer integer(JsonObject json, String keyword) {
        JsonValue value = json.get(keyword);
        return value == null ? null : ((JsonNumber) value).intValueExact();
    }

    private static List<String> strings(JsonObject json, String keyword) {
        return json.getJsonArray(keyword).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
