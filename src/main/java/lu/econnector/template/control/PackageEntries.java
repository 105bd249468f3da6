package lu.econnector.template.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The entries of a package ZIP, read under {@link PackageLimits}. Names are checked before any
 * byte is read: an entry that would land outside the package (zip slip) refuses the whole
 * package, even though nothing here writes to disk, because whoever unpacks it next might.
 */
final class PackageEntries {

    /** Relative, forward-slash names of printable ASCII, no empty or dot segments. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_\\-][A-Za-z0-9_.\\-]*(/[A-Za-z0-9_\\-][A-Za-z0-9_.\\-]*)*/?");

    private PackageEntries() {
    }

    /** Every file entry by name; directories are checked and counted but not returned. */
    static Map<String, byte[]> read(byte[] zip, PackageLimits limits) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        int count = 0;
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++count > limits.maxEntries()) {
                    throw new InvalidTemplatePackageException("more than " + limits.maxEntries() + " entries");
                }
                String name = checkedName(entry.getName());
                byte[] content = readBounded(in, name, Math.min(limits.maxEntryBytes(), limits.maxTotalBytes() - total));
                total += content.length;
                if (!entry.isDirectory() && entries.put(name, content) != null) {
                    throw new InvalidTemplatePackageException("entry " + name + " appears twice");
                }
            }
        } catch (IOException e) {
            throw new InvalidTemplatePackageException("not a readable ZIP: " + e.getMessage(), e);
        }
        if (count == 0) {
            throw new InvalidTemplatePackageException("not a ZIP, or an empty one");
        }
        return entries;
    }

    static String checkedName(String name) {
        if (name == null || name.length() > 128 || !SAFE_NAME.matcher(name).matches() || name.contains("..")) {
            throw new InvalidTemplatePackageException("entry name outside the package or malformed: "
                    + (name == null ? "null" : name.replaceAll("[^\\x20-\\x7e]", "?")));
        }
        return name;
    }

    /** Copies at most {@code limit} inflated bytes; one more is proof of a lie or a bomb. */
    private static byte[] readBounded(InputStream in, String name, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long copied = 0;
        for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
            copied += n;
            if (copied > limit) {
                throw new InvalidTemplatePackageException("entry " + name + " inflates beyond the " + limit + " bytes allowed");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
