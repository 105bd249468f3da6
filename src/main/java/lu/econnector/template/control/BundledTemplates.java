package lu.econnector.template.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import lu.econnector.template.entity.TemplatePackage;

/**
 * The baseline packages inside the WAR ({@code /templates/<id>.zip}), so that documents can be
 * rendered while iHUB is unreachable. They are read with the same checks as an iHUB package.
 */
public class BundledTemplates {

    public static final List<String> IDS = List.of("mh", "pid", "ecit");

    private final TemplatePackageReader reader;

    public BundledTemplates(TemplatePackageReader reader) {
        this.reader = reader;
    }

    public List<TemplatePackage> all() {
        return IDS.stream().map(this::load).toList();
    }

    public TemplatePackage load(String id) {
        if (!IDS.contains(id)) {
            throw new IllegalArgumentException("no bundled template " + id);
        }
        try (InputStream in = BundledTemplates.class.getResourceAsStream("/templates/" + id + ".zip")) {
            if (in == null) {
                throw new IllegalStateException("the build lost the bundled template " + id);
            }
            TemplatePackage template = reader.read(in.readAllBytes());
            if (!template.id().equals(id)) {
                throw new IllegalStateException("templates/" + id + ".zip holds template " + template.id());
            }
            return template;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
