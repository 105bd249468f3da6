package lu.econnector.admin.boundary;

import lu.econnector.admin.control.ConsoleAccess;
import org.pac4j.core.context.CallContext;
import org.pac4j.core.matching.matcher.Matcher;
import org.pac4j.jee.context.JEEContext;

/**
 * The requests pac4j's security filter applies the login to. Unlike pac4j's
 * {@code PathMatcher}, which reads the raw request URI (so {@code /admin/assets/%2e%2e/x.xhtml}
 * looked like an asset), it decides on the path the container serves.
 */
class ConsolePages implements Matcher {

    @Override
    public boolean matches(CallContext call) {
        // Any other context is unexpected: ask for the login rather than guess.
        return !(call.webContext() instanceof JEEContext jee)
                || ConsoleAccess.needsOperator(ServedPath.of(jee.getNativeRequest()));
    }
}
