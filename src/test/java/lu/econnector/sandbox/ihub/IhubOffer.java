package lu.econnector.sandbox.ihub;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import lu.econnector.sandbox.Http;
import lu.econnector.template.baseline.BaselinePackages;

/**
 * A package the simulated iHUB can offer beside the bundled versions. {@link #NEWER_MH} is
 * offered by default; each bad one breaks exactly one rule of docs/upstreams.md section 3 and is a
 * version newer than that default, so that a synchronisation must try it, and refuse it.
 * {@link #NEWEST_MH} is a good release newer still, for the console's "sync now".
 */
public enum IhubOffer {

    /** {@code mh} 2.1.0: the baseline fee note relabelled, a real newer release. */
    NEWER_MH("mh", "2.1.0") {
        @Override
        byte[] build() throws IOException {
            return BaselinePackages.generate("mh", version);
        }
    },

    /** {@code mh} 3.0.0: the baseline fee note again, a release newer than every other offer. */
    NEWEST_MH("mh", "3.0.0") {
        @Override
        byte[] build() throws IOException {
            return BaselinePackages.generate("mh", version);
        }
    },

    /** {@code pid} 1.1.0, whose catalogue entry announces another package's SHA-256. */
    BAD_CHECKSUM("pid", "1.1.0") {
        @Override
        byte[] build() throws IOException {
            return BaselinePackages.generate("pid", version);
        }

        @Override
        byte[] announcedBytes(byte[] served) throws IOException {
            return BaselinePackages.generate("pid", BaselinePackages.VERSION);
        }
    },

    /**
     * {@code ecit} 1.1.0, whose {@code template.json} inflates from an 80 KB ZIP to 64 MiB: beyond
     * any entry limit, and more than the reader may ever hold.
     */
    ZIP_BOMB("ecit", "1.1.0") {
        @Override
        byte[] build() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("template.json"));
                byte[] spaces = new byte[1 << 20];
                Arrays.fill(spaces, (byte) ' ');
                for (int mebibyte = 0; mebibyte < 64; mebibyte++) {
                    zip.write(spaces);
                }
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("form.pdf"));
                zip.write(BaselinePackages.form("ecit", version));
                zip.closeEntry();
            }
            return out.toByteArray();
        }
    },

    /** {@code mh} 2.2.0, whose mapping names a form field the form lacks. */
    MISSING_FIELD("mh", "2.2.0") {
        @Override
        byte[] build() throws IOException {
            JsonObject descriptor = Http.JSON.createReader(new ByteArrayInputStream(
                    BaselinePackages.descriptor("mh", version))).readObject();
            JsonObject withGhostField = Http.JSON.createObjectBuilder(descriptor)
                    .add("fields", Http.JSON.createArrayBuilder(descriptor.getJsonArray("fields"))
                            .add(Http.JSON.createObjectBuilder().add("data", "/patient/lastName")
                                    .add("field", "patient.maidenName")))
                    .build();
            return BaselinePackages.zip(withGhostField.toString().getBytes(StandardCharsets.UTF_8),
                    BaselinePackages.form("mh", version));
        }
    };

    final String templateId;
    final String version;

    IhubOffer(String templateId, String version) {
        this.templateId = templateId;
        this.version = version;
    }

    /** The package's bytes as served. */
    abstract byte[] build() throws IOException;

    /** The bytes whose SHA-256 and size the catalogue announces: the served ones, unless the offer lies. */
    byte[] announcedBytes(byte[] served) throws IOException {
        return served;
    }

    /** The name in the sandbox's HTTP controls: {@code bad-checksum}, … */
    public String controlName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static IhubOffer ofControlName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
