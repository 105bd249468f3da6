package lu.econnector.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The WAR that ships holds no test code: no simulator, no test PKI, no test library. */
class WarContentIT {

    private static final Path WAR = Path.of(System.getProperty("econnector.war", "target/econnector.war"));

    private static List<String> entries() throws IOException {
        try (ZipFile war = new ZipFile(WAR.toFile())) {
            return war.stream().map(ZipEntry::getName).toList();
        }
    }

    @Test
    void noClassOfTheTestTreeIsInTheWar() throws IOException {
        Path testClasses = Path.of("target", "test-classes");
        List<String> testClassNames;
        try (Stream<Path> files = Files.walk(testClasses)) {
            testClassNames = files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> "WEB-INF/classes/" + testClasses.relativize(f).toString().replace('\\', '/')).toList();
        }

        assertThat(testClassNames).as("the test tree was compiled").isNotEmpty()
                .anyMatch(name -> name.contains("/sandbox/"));
        assertThat(entries()).doesNotContainAnyElementsOf(testClassNames)
                .noneMatch(name -> name.contains("lu/econnector/sandbox/"));
    }

    @Test
    void noTestLibraryIsInTheWar() throws IOException {
        assertThat(entries()).filteredOn(name -> name.startsWith("WEB-INF/lib/"))
                // BouncyCastle (DSS), WSS4J and SAAJ (mySecu) ship; JAXB and mimepull are Payara's, which
                // the WAR must not shadow. HttpClient 5 serves the generated Java client only.
                .noneMatch(name -> name.matches(".*(junit|assertj|arquillian|shrinkwrap|parsson|selenium|"
                        + "jaxb-runtime|jaxb-impl|mimepull|verapdf|httpclient5|httpcore5).*"))
                .noneMatch(name -> name.endsWith(".p12") || name.endsWith(".jks"));
        assertThat(entries()).noneMatch(name -> name.endsWith(".p12") || name.endsWith(".jks"));
    }
}
