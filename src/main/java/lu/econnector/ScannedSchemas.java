package lu.econnector;

import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Two slips of Payara's scanner that openapi-generator refuses or misreads: an array declared
 * with {@code implementation} gets the item class's properties (and required list and description) beside its items (an array with
 * properties is no valid schema: the generator types it {@code List<Object>}), and a Java enum
 * becomes an {@code enum} without a type.
 */
final class ScannedSchemas {

    private ScannedSchemas() {
    }

    static Schema repair(Schema schema) {
        if (schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() != null) {
            schema.setProperties(null);
            schema.setRequired(null);
            if (Objects.equals(schema.getDescription(), schema.getItems().getDescription())) {
                schema.setDescription(null);
            }
        }
        List<Object> values = schema.getEnumeration();
        if (schema.getType() == null && values != null && !values.isEmpty()
                && values.stream().allMatch(String.class::isInstance)) {
            schema.setType(Schema.SchemaType.STRING);
        }
        return schema;
    }
}
