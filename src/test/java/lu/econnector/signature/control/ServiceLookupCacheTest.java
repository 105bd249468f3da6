package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.cms.CMSGenerator;
import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceLookupCacheTest {

    /** The application's loader, counting the look-ups that reach it. */
    static final class CountingLoader extends ClassLoader {

        final AtomicInteger serviceLookups = new AtomicInteger();

        CountingLoader() {
            super(ServiceLookupCacheTest.class.getClassLoader());
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name.startsWith("META-INF/services/")) {
                serviceLookups.incrementAndGet();
            }
            return super.getResources(name);
        }
    }

    final CountingLoader application = new CountingLoader();
    ClassLoader before;

    @BeforeEach
    void asTheApplication() {
        before = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(application);
    }

    @AfterEach
    void restore() {
        Thread.currentThread().setContextClassLoader(before);
    }

    @Test
    void dssFindsItsCmsGeneratorAndTheApplicationsLoaderIsAskedOnce() {
        for (int i = 0; i < 3; i++) {
            CMSGenerator generator = ServiceLookupCache.around(CMSGenerator::loadCMSGenerator);
            assertThat(generator).isNotNull();
            assertThat(generator.getClass().getClassLoader()).as("the application's class, not a copy")
                    .isSameAs(CMSGenerator.class.getClassLoader());
        }

        assertThat(application.serviceLookups.get()).isEqualTo(1);
    }

    @Test
    void outsideRunsWithTheApplicationsLoaderAndAroundRestoresIt() {
        ClassLoader[] seen = new ClassLoader[2];

        ServiceLookupCache.around(() -> {
            seen[0] = Thread.currentThread().getContextClassLoader();
            return ServiceLookupCache.outside(() -> seen[1] = Thread.currentThread().getContextClassLoader());
        });

        assertThat(seen[0]).isInstanceOf(ServiceLookupCache.class).extracting(ClassLoader::getParent).isSameAs(application);
        assertThat(seen[1]).isSameAs(application);
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(application);
    }

    @Test
    void aFailureInsideLeavesTheApplicationsLoaderInPlace() {
        assertThatThrownBy(() -> ServiceLookupCache.around(() -> {
            throw new IllegalStateException("DSS failed");
        })).hasMessage("DSS failed");

        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(application);
    }

    @Test
    void otherResourcesAndClassesComeFromTheApplicationsLoader() throws Exception {
        ServiceLookupCache.around(() -> {
            ClassLoader cache = Thread.currentThread().getContextClassLoader();
            try {
                assertThat(cache.loadClass(PadesSigner.class.getName())).isSameAs(PadesSigner.class);
                assertThat(cache.getResource("lu/econnector/signature/control/PadesSigner.class")).isNotNull();
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
            return null;
        });

        assertThat(application.serviceLookups.get()).isZero();
    }
}
