package lu.econnector.signature.entity;

import java.time.Duration;

/**
 * The work one uploaded PDF may cause, bounded before any bulkhead. Real CNS documents have 1 to 5
 * pages, a few hundred objects and one or two revisions; the defaults leave two orders of
 * magnitude above that and stop what only an attack needs.
 *
 * @param maxDecodedBytes   the bytes all of its streams may decode to, together: a compressed
 *                          stream expands up to a thousandfold (a "decompression bomb")
 * @param maxObjects        the entries of its cross-reference tables
 * @param maxRevisions      its incremental updates (ISO 32000-1 section 7.5.6), the original included
 * @param validationTimeout the time DSS may take to validate it
 */
public record PdfLimits(long maxDecodedBytes, int maxPages, int maxObjects, int maxRevisions,
                        Duration validationTimeout) {
}
