package lu.econnector.admin.boundary;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.pac4j.core.context.WebContext;
import org.pac4j.core.exception.http.HttpAction;
import org.pac4j.core.http.adapter.HttpActionAdapter;
import org.pac4j.jee.context.JEEContext;
import org.pac4j.jee.http.adapter.JEEHttpActionAdapter;

/**
 * pac4j's answers as the servlet API gives them, but for a logged-in user without the admin
 * role: a page that says so (in both languages: no bundle is loaded outside Faces) and
 * offers to log out, rather than an empty 403.
 */
class ConsoleActions implements HttpActionAdapter {

    static final String FORBIDDEN_PAGE = """
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="UTF-8"/><title>Accès refusé / Access denied</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <link rel="stylesheet" href="/admin/assets/console.css"/></head>
            <body><main class="narrow">
            <h1>Accès refusé</h1>
            <p>Votre compte n'a pas le rôle requis pour la console d'administration.</p>
            <h1 lang="en">Access denied</h1>
            <p lang="en">Your account does not have the role the admin console requires.</p>
            <form method="post" action="/admin/logout"><button type="submit">Se déconnecter / Log out</button></form>
            </main></body></html>
            """;

    @Override
    public Object adapt(HttpAction action, WebContext context) {
        if (action.getCode() == HttpServletResponse.SC_FORBIDDEN && context instanceof JEEContext jee) {
            HttpServletResponse response = jee.getNativeResponse();
            try {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("text/html;charset=UTF-8");
                response.getWriter().write(FORBIDDEN_PAGE);
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return JEEHttpActionAdapter.INSTANCE.adapt(action, context);
    }
}
