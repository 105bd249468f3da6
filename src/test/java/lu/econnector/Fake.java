package lu.econnector;

import java.lang.reflect.Proxy;

/**
 * A fake of a wide interface (a servlet request, a JAX-RS request context) that answers only
 * the calls a test expects: any other call fails the test, so a fake never answers by accident.
 */
public final class Fake {

    /** Answers a call by the method's name and arguments; throws for a call the test does not expect. */
    @FunctionalInterface
    public interface Answers {
        Object answer(String method, Object[] arguments);
    }

    private Fake() {
    }

    public static <T> T of(Class<T> type, Answers answers) {
        Object fake = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, arguments) ->
                switch (method.getName()) {
                    case "toString" -> "fake " + type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    default -> answers.answer(method.getName(), arguments == null ? new Object[0] : arguments);
                });
        return type.cast(fake);
    }

    public static UnsupportedOperationException unexpected(String method) {
        return new UnsupportedOperationException("unexpected call: " + method);
    }
}
