package lu.econnector.template.control;

/**
 * Bounds on what a template package may make us read. The sizes are counted while inflating:
 * a ZIP's declared sizes are the attacker's word.
 *
 * @param maxEntries    entries in the ZIP, directories included
 * @param maxEntryBytes decompressed bytes of any one entry
 * @param maxTotalBytes decompressed bytes of all entries together
 */
public record PackageLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {

    /** A real CNS form is a few hundred KB; these leave room for growth and none for a bomb. */
    public static final PackageLimits DEFAULT = new PackageLimits(16, 8L << 20, 16L << 20);
}
