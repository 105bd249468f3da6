package lu.econnector.admin.boundary;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The console's language: the browser's (Accept-Language, as Faces negotiates it against
 * faces-config's supported locales) until the operator picks one with the switch
 * ({@code ?lang=fr} or {@code ?lang=en}), which then holds for the session.
 */
@Named
@SessionScoped
public class ConsoleLocale implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> SUPPORTED = List.of("fr", "en");

    private String chosen;

    public Locale getLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String asked = faces.getExternalContext().getRequestParameterMap().get("lang");
        if (asked != null && SUPPORTED.contains(asked)) {
            chosen = asked;
        }
        return chosen != null ? Locale.forLanguageTag(chosen) : faces.getApplication().getViewHandler()
                .calculateLocale(faces);
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** The other language, offered by the switch. */
    public String getOther() {
        return getLanguage().equals("fr") ? "en" : "fr";
    }
}
