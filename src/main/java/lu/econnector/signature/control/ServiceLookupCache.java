package lu.econnector.signature.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The context class loader while DSS signs: it answers the service loader's look-ups of
 * {@code META-INF/services/…} from what the application's loader answered the first time, and
 * hands everything else to that loader, its parent.
 *
 * <p>Why: DSS looks its CMS generator up through {@link java.util.ServiceLoader} each time it
 * builds a CMS, twice per signature, with the thread's context class loader. On Payara that loader
 * searches every jar of the WAR and of the server, and the service loader reopens the file it finds
 * without the JDK's jar cache: 6-7 % of the server's CPU per signed document, for the same answer
 * each time. The application's loader is the parent, so every class resolves to the very class
 * the application has: only the look-up is remembered.
 *
 * <p>The calls that leave DSS for the eConnector's own clients (the KMS's timestamps, the CAs'
 * CRLs) run with the application's loader again ({@link #outside}): MicroProfile Config, metrics
 * and CDI find the application by its context class loader.
 */
final class ServiceLookupCache extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private static final String SERVICES = "META-INF/services/";
    /** One per application loader in practice; the field of a class of the application, so it ends with it. */
    private static volatile ServiceLookupCache current;

    private final ConcurrentMap<String, List<URL>> lookups = new ConcurrentHashMap<>();

    private ServiceLookupCache(ClassLoader application) {
        super("econnector-service-lookups", application);
    }

    /** Runs the work with this cache as the context class loader, or as it is when the thread has none. */
    static <T> T around(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader application = thread.getContextClassLoader();
        if (application == null || application instanceof ServiceLookupCache) {
            return work.get();
        }
        thread.setContextClassLoader(of(application));
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(application);
        }
    }

    /** Inside {@link #around}: runs the work with the application's own loader as the context class loader. */
    static <T> T outside(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        if (!(thread.getContextClassLoader() instanceof ServiceLookupCache cache)) {
            return work.get();
        }
        thread.setContextClassLoader(cache.getParent());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(cache);
        }
    }

    private static ServiceLookupCache of(ClassLoader application) {
        ServiceLookupCache cache = current;
        if (cache == null || cache.getParent() != application) {
            cache = new ServiceLookupCache(application);
            current = cache;
        }
        return cache;
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (!name.startsWith(SERVICES)) {
            return super.getResources(name);
        }
        try {
            return Collections.enumeration(lookups.computeIfAbsent(name, this::readOnce));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Each file found, read now and served from memory from then on. */
    private List<URL> readOnce(String name) {
        try {
            List<URL> found = new ArrayList<>();
            for (URL url : Collections.list(getParent().getResources(name))) {
                try (InputStream in = url.openStream()) {
                    found.add(inMemory(url, in.readAllBytes()));
                }
            }
            return List.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL inMemory(URL original, byte[] content) throws MalformedURLException {
        return new URL(null, "econnector-cached:" + original, new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL url) {
                return new URLConnection(url) {
                    @Override
                    public void connect() {
                        connected = true;
                    }

                    @Override
                    public InputStream getInputStream() {
                        return new ByteArrayInputStream(content);
                    }
                };
            }
        });
    }
}
