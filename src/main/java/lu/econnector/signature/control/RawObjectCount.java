package lu.econnector.signature.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.InflaterInputStream;

/**
 * Counts, on the raw bytes, the objects PDFBox would register while it loads a PDF, so that
 * too many are refused before it does: PDFBox keeps an entry per cross-reference entry and, when
 * offsets are wrong, looks each one up in the file (measured: the four million entries of a
 * 16 MB cross-reference stream took four minutes of CPU to load). An upper bound, the larger of
 * the {@code obj} keywords (what PDFBox finds when it rebuilds a broken table) and the entries of
 * the classic tables (ISO 32000-1 section 7.5.4, as leniently as PDFBox reads them) plus those
 * of the cross-reference streams (section 7.5.8): their inflated length over the narrowest
 * {@code /W} near them, or their raw length when not Flate. Without a parser, a cross-reference stream is the data after a
 * {@code stream} keyword at most {@link #DICTIONARY_REACH} bytes after {@code /Type /XRef}; the
 * largest such data counts, a Flate stream inflated only as far as the limit needs.
 */
final class RawObjectCount {

    // Possessive quantifiers, and numbers taken whole: no backtracking, each byte looked at a
    // bounded number of times whatever the PDF holds (a long run of digits, of spaces).
    private static final Pattern TABLE_ENTRY = Pattern.compile("(?m)^[ \\t]*+\\d++[ \\t]++\\d++[ \\t]++[nf]\\b");
    private static final Pattern OBJ = Pattern.compile("(?<![0-9])\\d++\\s++\\d++\\s++obj\\b");
    /** {@code /Type /XRef}, each letter also as PDFBox reads it when escaped (section 7.3.5). */
    private static final Pattern XREF_TYPE = Pattern.compile(
            "/(T|#54)(y|#79)(p|#70)(e|#65)\\s*+/(X|#58)(R|#52)(e|#65)(f|#66)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WIDTHS = Pattern.compile("/W\\s*+\\[\\s*+(\\d++)\\s++(\\d++)\\s++(\\d++)\\s*+]");
    private static final Pattern STREAM = Pattern.compile("(?<!end)stream(\r\n|\n|\r| )");
    static final int DICTIONARY_REACH = 64 * 1024;

    private RawObjectCount() {
    }

    /**
     * @param maxSections the cross-reference streams looked at, each at the cost of reading
     *                    around it: a revision has one, two when linearized
     * @throws PdfLimitExceededException when the PDF may hold more than {@code maxObjects}, or
     *                                   more cross-reference streams than {@code maxSections}
     */
    static void check(byte[] pdf, int maxObjects, int maxSections) {
        // Latin-1 maps each byte to one char: offsets stay those of the file.
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        long entries = count(TABLE_ENTRY.matcher(text));
        Matcher xref = XREF_TYPE.matcher(text);
        for (int sections = 1; entries <= maxObjects && xref.find(); sections++) {
            if (sections > maxSections) {
                throw new PdfLimitExceededException("The PDF has more cross-reference streams than "
                        + maxSections + " revisions may have (PDF_MAX_REVISIONS).");
            }
            String near = text.substring(xref.end(), Math.min(text.length(), xref.end() + DICTIONARY_REACH));
            long width = Math.max(1, narrowestWidth(text.substring(Math.max(0, xref.start() - DICTIONARY_REACH),
                    xref.start()) + near));
            long most = 0;
            for (Matcher stream = STREAM.matcher(near); stream.find() && entries + most <= maxObjects; ) {
                most = Math.max(most, entriesAt(text, pdf, xref.end() + stream.end(), width, maxObjects - entries + 1));
            }
            entries += most;
        }
        if (Math.max(entries, count(OBJ.matcher(text))) > maxObjects) {
            throw new PdfLimitExceededException("The PDF has more than " + maxObjects + " objects (PDF_MAX_OBJECTS).");
        }
    }

    private static long narrowestWidth(String around) {
        long narrowest = Long.MAX_VALUE;
        for (Matcher widths = WIDTHS.matcher(around); widths.find(); ) {
            narrowest = Math.min(narrowest, Long.parseLong(widths.group(1)) + Long.parseLong(widths.group(2))
                    + Long.parseLong(widths.group(3)));
        }
        return narrowest == Long.MAX_VALUE ? 1 : narrowest;
    }

    private static long count(Matcher matcher) {
        long count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /**
     * The entries of the cross-reference stream whose data starts at {@code from}, counted up to
     * {@code atMost}: a Flate stream by what it inflates to over the entry width; any other by
     * its raw length, one entry a byte, since a filter other than Flate (LZW, or ASCIIHex
     * before Flate) may expand it beyond what a raw scan can see, while PDFBox decodes it whole.
     */
    private static long entriesAt(String text, byte[] pdf, int from, long width, long atMost) {
        if (!RawFlateScan.isZlibHeader(pdf, from)) {
            int end = text.indexOf("endstream", from);
            return Math.min(atMost, (end < 0 ? pdf.length : end) - from);
        }
        long length = 0;
        try (InputStream inflated = new InflaterInputStream(new ByteArrayInputStream(pdf, from, pdf.length - from))) {
            byte[] buffer = new byte[8192];
            for (int read = 0; read >= 0 && length / width < atMost; read = inflated.read(buffer)) {
                length += read;
            }
        } catch (IOException damaged) {
            // PDFBox reads no more of it than this either.
        }
        return Math.min(length / width, atMost);
    }
}
