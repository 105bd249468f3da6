package lu.econnector.admin.boundary;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;
import lu.econnector.platform.AppLog;

/**
 * A console POST whose view state Faces cannot restore (forged, from another session, or
 * expired) is refused with 403 and a page that says to reload, rather than the 500 of an
 * unhandled {@link ViewExpiredException}: the view state is the console's CSRF token.
 * Registered in faces-config.xml.
 */
public class ViewStateRefusal extends ExceptionHandlerFactory {

    private static final Logger LOG = AppLog.of(ViewStateRefusal.class);

    public ViewStateRefusal(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable failure = events.next().getContext().getException();
                if (expired(failure)) {
                    events.remove();
                    refuse(FacesContext.getCurrentInstance());
                }
            }
            getWrapped().handle();
        }

        private static boolean expired(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        private static void refuse(FacesContext faces) {
            LOG.warning("Admin console: refused a POST without a valid view state");
            ExternalContext external = faces.getExternalContext();
            try {
                external.responseReset();
                external.setResponseStatus(403);
                external.setResponseContentType("text/html");
                external.setResponseCharacterEncoding("UTF-8");
                external.getResponseOutputWriter().write("""
                        <!DOCTYPE html><html lang="fr"><head><meta charset="UTF-8"/>
                        <title>Formulaire refusé / Form refused</title></head><body><main>
                        <h1>Formulaire refusé</h1><p>Ce formulaire n'est plus valable : rechargez la page.</p>
                        <h1 lang="en">Form refused</h1><p lang="en">This form is no longer valid: reload the page.</p>
                        <p><a href="/admin/">Console</a></p></main></body></html>
                        """);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
