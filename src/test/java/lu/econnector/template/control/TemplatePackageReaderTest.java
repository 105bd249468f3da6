package lu.econnector.template.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import lu.econnector.platform.Sha256;
import lu.econnector.template.entity.FieldBinding;
import lu.econnector.template.entity.TemplatePackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplatePackageReaderTest {

    private final TemplatePackageReader cut = new TemplatePackageReader();

    @Test
    void aPackageIsReadWithItsRowsMappedToNumberedFields() {
        TemplatePackage mh = cut.read(TestPackages.bundled("mh"));

        assertThat(mh.title().fr()).isEqualTo("Mémoire d'honoraires");
        assertThat(mh.mapping().rows().get(0).row(0)).extracting(FieldBinding::pointer, FieldBinding::field)
                .contains(org.assertj.core.groups.Tuple.tuple("/acts/0/amount", "act.1.amount"));
        assertThat(mh.mapping().fieldNames()).contains("act.20.amount").doesNotContain("act.21.amount");
    }

    @Test
    void theDigestIsThatOfThePackageAsDelivered() {
        byte[] zip = TestPackages.bundled("ecit");

        assertThat(cut.read(zip).sha256()).isEqualTo(Sha256.hex(zip)).hasSize(64);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../template.json", "/etc/passwd", "forms/../../form.pdf", "C:/form.pdf",
            "forms\\..\\form.pdf", "./form.pdf", "forms//form.pdf"})
    void anEntryNamedOutsideThePackageIsRefused(String name) throws Exception {
        Map<String, byte[]> entries = TestPackages.entriesOf("mh");
        entries.put(name, new byte[] {1});

        assertThatThrownBy(() -> cut.read(TestPackages.zip(entries)))
                .isInstanceOf(InvalidTemplatePackageException.class).hasMessageContaining("outside the package");
    }

    @Test
    void aZipBombIsRefusedWhileInflatingNotAfter() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("form.pdf"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).as("50 MB of zeros compress to almost nothing").isLessThan(100_000);

        assertThatThrownBy(() -> cut.read(bomb))
                .isInstanceOf(InvalidTemplatePackageException.class).hasMessageContaining("inflates beyond");
    }

    @Test
    void entriesTogetherBeyondTheTotalLimitAreRefused() throws Exception {
        TemplatePackageReader strict = new TemplatePackageReader(new PackageLimits(16, 1 << 20, 16 * 1024));

        assertThatThrownBy(() -> strict.read(TestPackages.bundled("mh")))
                .isInstanceOf(InvalidTemplatePackageException.class).hasMessageContaining("inflates beyond");
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(TestPackages.entriesOf("mh"));
        for (int i = 0; i < 15; i++) {
            entries.put("extra/" + i + ".txt", new byte[0]);
        }

        assertThatThrownBy(() -> cut.read(TestPackages.zip(entries)))
                .isInstanceOf(InvalidTemplatePackageException.class).hasMessageContaining("more than 16 entries");
    }

    @Test
    void aMappingToAFieldTheFormLacksIsRefused() throws Exception {
        String descriptor = TestPackages.descriptorOf("mh").replace("\"field\": \"patient.firstName\"",
                "\"field\": \"patient.nickname\"");

        assertThatThrownBy(() -> cut.read(TestPackages.withDescriptor("mh", descriptor)))
                .isInstanceOf(InvalidTemplatePackageException.class).hasMessage("form.pdf has no field patient.nickname");
    }

    @Test
    void moreRowsThanTheFormHasAreRefused() throws Exception {
        String descriptor = TestPackages.descriptorOf("mh").replace("\"maxRows\": 20", "\"maxRows\": 21");

        assertThatThrownBy(() -> cut.read(TestPackages.withDescriptor("mh", descriptor)))
                .isInstanceOf(InvalidTemplatePackageException.class).hasMessageStartingWith("form.pdf has no field act.21.");
    }

    @Test
    void aPackageWithoutItsFormIsRefused() throws Exception {
        Map<String, byte[]> entries = TestPackages.entriesOf("ecit");
        entries.remove("form.pdf");

        assertThatThrownBy(() -> cut.read(TestPackages.zip(entries)))
                .isInstanceOf(InvalidTemplatePackageException.class).hasMessage("the package has no form.pdf");
    }

    @Test
    void aMalformedDescriptorIsRefusedNot500() throws Exception {
        String descriptor = TestPackages.descriptorOf("ecit").replace("\"version\": \"1.0.0\"", "\"version\": \"1.0\"");

        assertThatThrownBy(() -> cut.read(TestPackages.withDescriptor("ecit", descriptor)))
                .isInstanceOf(InvalidTemplatePackageException.class).hasMessageContaining("MAJOR.MINOR.PATCH");
    }

    @Test
    void somethingThatIsNotAZipIsRefused() {
        assertThatThrownBy(() -> cut.read("%PDF-1.7".getBytes()))
                .isInstanceOf(InvalidTemplatePackageException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../template.json", "../../etc/cron.d/evil", "/etc/passwd", "extra/../../form.pdf",
            "extra\\..\\..\\evil.txt", "C:/evil.txt", "./form.pdf", "extra//evil.txt"})
    void anEntryNamedOutsideThePackageRefusesTheWholePackage(String name) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(TestPackages.entriesOf("mh"));
        entries.put(name, "escaped".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> cut.read(TestPackages.zip(entries)))
                .isInstanceOf(InvalidTemplatePackageException.class)
                .hasMessageStartingWith("entry name outside the package or malformed");
    }
}
