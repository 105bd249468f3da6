package lu.econnector.template.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Packages for the reader's tests: the bundled ones taken apart, changed and zipped again. */
final class TestPackages {

    private TestPackages() {
    }

    static byte[] bundled(String id) {
        try (InputStream in = TestPackages.class.getResourceAsStream("/templates/" + id + ".zip")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, byte[]> entriesOf(String id) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bundled(id)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static String descriptorOf(String id) throws IOException {
        return new String(entriesOf(id).get("template.json"), StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] withDescriptor(String id, String descriptor) throws IOException {
        Map<String, byte[]> entries = entriesOf(id);
        entries.put("template.json", descriptor.getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }
}
