package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * poppler's {@code pdfsig}, an independent verifier. It exits 0 even for a bad signature, so
 * its output is what counts (docs/verified-facts.md). Missing, it fails the test: CI installs poppler-utils.
 */
public final class Pdfsig {

    private static final Pattern VALID = Pattern.compile("Signature Validation: Signature is Valid\\.");

    private Pdfsig() {
    }

    public static String run(Path pdf) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
        } catch (IOException missing) {
            throw new AssertionError("pdfsig is needed for this test: apt-get install poppler-utils", missing);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("pdfsig ended").isTrue();
        return output;
    }

    public static long validSignatures(String output) {
        return VALID.matcher(output).results().count();
    }

    /** What pdfsig says of each signature, in the document's order, one block per "Signature #n:". */
    public static List<String> signatures(String output) {
        return Arrays.stream(output.split("(?m)^(?=Signature #\\d+:)")).skip(1).map(String::strip).toList();
    }
}
