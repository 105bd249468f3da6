package lu.econnector.template.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lu.econnector.template.entity.ActiveTemplate;
import lu.econnector.template.entity.TemplatePackage;
import lu.econnector.template.entity.TemplateSource;

/**
 * The active version of each template. It starts with the packages bundled in the WAR, so
 * that documents render with iHUB unreachable; a newer, verified package from iHUB
 * ({@link TemplateSync}) replaces one atomically: a request renders with the version it
 * looked up, whole, whatever is activated meanwhile.
 */
@ApplicationScoped
public class TemplateCatalog {

    private final Map<String, ActiveTemplate> active = new ConcurrentHashMap<>();

    @PostConstruct
    void loadBundled() {
        new BundledTemplates(new TemplatePackageReader()).all()
                .forEach(template -> active.put(template.id(), new ActiveTemplate(template, TemplateSource.bundled)));
    }

    /**
     * Makes a verified package the active version of its template, unless an equal or newer
     * version is active already: a version never goes backwards.
     *
     * @return whether it is now active
     */
    public boolean activate(TemplatePackage template, TemplateSource source) {
        ActiveTemplate candidate = new ActiveTemplate(template, source);
        return active.merge(template.id(), candidate, (current, offered) ->
                offered.template().version().compareTo(current.template().version()) > 0 ? offered : current)
                == candidate;
    }

    public Collection<ActiveTemplate> active() {
        return active.values().stream().sorted(Comparator.comparing(a -> a.template().id())).toList();
    }

    /** @throws UnknownTemplateException when no template has this id */
    public TemplatePackage template(String id) {
        ActiveTemplate found = active.get(id);
        if (found == null) {
            throw new UnknownTemplateException(id);
        }
        return found.template();
    }

    public ActiveTemplate activeTemplate(String id) {
        template(id);
        return active.get(id);
    }
}
