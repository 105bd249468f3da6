package lu.econnector.signature.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The incremental updates (ISO 32000-1 section 7.5.6) that turn a signed PDF into a
 * long-term one, told apart from any other change: a PAdES-BASELINE-LT extension appends the
 * document security store (the catalog's {@code /DSS}: certificates, CRLs, OCSP responses,
 * section 5.4 of ETSI EN 319 142-1), and LTA then a document timestamp
 * ({@code /SubFilter /ETSI.RFC3161}) over the whole file. Neither changes what the document
 * shows or says, so a signature followed only by them still stands for the document.
 *
 * <p>Read strictly, comparing each update with the revision before it, object by object: an
 * update qualifies when every object it writes is either identical to the one it replaces,
 * validation data reachable from {@code /DSS}, its cross-reference stream, the catalog with
 * only {@code /DSS} (and, for the timestamp, the form's field list) changed, or, in the last
 * update only, one document timestamp: its signature dictionary covering the whole file, its
 * invisible, empty widget, that widget's page with only {@code /Annots} gaining it, and the
 * form's {@code /Fields} gaining it. Anything else (the Info dictionary, a page's content, an
 * annotation, an object stream, an object the earlier revision already pointed to) makes the
 * update, and all before it, part of the document. DSS's own modification detection is no
 * judge here: it reports nothing for an update that rewrites the Info dictionary.
 */
public final class ValidationDataUpdates {

    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$");
    private static final Pattern PREV = Pattern.compile("/Prev\\s+(\\d+)");
    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final COSName VRI = COSName.getPDFName("VRI");
    private static final COSName DOC_TIME_STAMP = COSName.getPDFName("DocTimeStamp");
    private static final COSName RFC3161 = COSName.getPDFName("ETSI.RFC3161");
    private static final Set<COSName> DSS_KEYS = names("Type", "Certs", "CRLs", "OCSPs", "VRI");
    private static final Set<COSName> VRI_KEYS = names("Type", "Cert", "CRL", "OCSP", "TU", "TS");
    private static final Set<COSName> TIMESTAMP_KEYS = names("Type", "Filter", "SubFilter", "Contents", "ByteRange",
            "M", "Name", "Reason", "Location", "ContactInfo", "Prop_Build");
    private static final Set<COSName> WIDGET_KEYS = names("FT", "Type", "Subtype", "F", "T", "V", "P", "Rect", "AP");

    private ValidationDataUpdates() {
    }

    /**
     * @return the PDF without the updates at its end that add only validation data and at most
     *         a document timestamp over the whole file; the PDF itself when it ends otherwise
     */
    public static byte[] withoutTrailing(byte[] pdf) {
        int end = pdf.length;
        try {
            while (true) {
                int start = previousRevisionEnd(pdf, end);
                if (start <= 0 || !onlyValidationData(pdf, start, end, end == pdf.length)) {
                    break;
                }
                end = start;
            }
        } catch (IOException | RuntimeException unreadable) {
            // What cannot be read strictly counts as part of the document.
        }
        return end == pdf.length ? pdf : Arrays.copyOf(pdf, end);
    }

    /**
     * Where the revision before the one ending at {@code end} ends: its cross-reference section
     * is the one the last {@code /Prev} names, and the revision ends after the next
     * {@code %%EOF} and its end-of-line marker. -1 when there is no earlier revision.
     */
    static int previousRevisionEnd(byte[] pdf, int end) {
        String tail = new String(pdf, Math.max(0, end - 64), Math.min(64, end), StandardCharsets.ISO_8859_1);
        Matcher startxref = STARTXREF.matcher(tail);
        if (!startxref.find()) {
            return -1;
        }
        long xref = Long.parseLong(startxref.group(1));
        if (xref <= 0 || xref >= end) {
            return -1;
        }
        // A table's /Prev is in the trailer after it; a cross-reference stream's, in its dictionary.
        String section = new String(pdf, (int) xref, (int) Math.min(1 << 20, end - xref), StandardCharsets.ISO_8859_1);
        if (section.startsWith("xref")) {
            int trailer = section.indexOf("trailer");
            section = trailer < 0 ? "" : section.substring(trailer);
        } else {
            int dictionaryEnd = section.indexOf("stream");
            section = dictionaryEnd < 0 ? "" : section.substring(0, dictionaryEnd);
        }
        Matcher prev = PREV.matcher(section);
        if (!prev.find()) {
            return -1;
        }
        long previousXref = Long.parseLong(prev.group(1));
        int eof = indexOf(pdf, EOF, (int) Math.min(previousXref, end), end);
        if (eof < 0) {
            return -1;
        }
        // One end-of-line marker ends the revision (CR LF, LF or CR), as signed byte ranges count it.
        int revisionEnd = eof + EOF.length;
        if (revisionEnd < end && pdf[revisionEnd] == '\r') {
            revisionEnd++;
        }
        if (revisionEnd < end && pdf[revisionEnd] == '\n') {
            revisionEnd++;
        }
        return revisionEnd <= xref ? revisionEnd : -1;
    }

    private static boolean onlyValidationData(byte[] pdf, int start, int end, boolean last) throws IOException {
        try (PDDocument before = load(pdf, start); PDDocument after = load(pdf, end)) {
            return new Comparison(before.getDocument(), after.getDocument(), start, end, last).onlyValidationData();
        }
    }

    private static PDDocument load(byte[] pdf, int length) throws IOException {
        return Loader.loadPDF(new RandomAccessReadBuffer(Arrays.copyOf(pdf, length)));
    }

    /** One update compared with the revision before it. */
    private static final class Comparison {

        private final COSDocument before;
        private final COSDocument after;
        private final int start;
        private final int end;
        private final boolean last;
        private final Set<COSObjectKey> written = new HashSet<>();
        private COSObjectKey timestampField;
        private COSObjectKey timestamp;

        Comparison(COSDocument before, COSDocument after, int start, int end, boolean last) {
            this.before = before;
            this.after = after;
            this.start = start;
            this.end = end;
            this.last = last;
        }

        boolean onlyValidationData() throws IOException {
            Map<COSObjectKey, Long> was = before.getXrefTable();
            Map<COSObjectKey, Long> is = after.getXrefTable();
            if (!is.keySet().containsAll(was.keySet()) || !sameTrailer()) {
                return false;
            }
            for (Map.Entry<COSObjectKey, Long> entry : is.entrySet()) {
                if (!Objects.equals(was.get(entry.getKey()), entry.getValue())) {
                    // Written in this update, uncompressed: nothing may point back into signed bytes.
                    if (entry.getValue() == null || entry.getValue() < start || entry.getValue() >= end) {
                        return false;
                    }
                    written.add(entry.getKey());
                }
            }
            findTimestamp();
            Set<COSObjectKey> dssBefore = validationData(before);
            Set<COSObjectKey> dssAfter = validationData(after);
            for (COSObjectKey key : written) {
                COSBase now = resolve(after, key);
                COSBase then = was.containsKey(key) ? resolve(before, key) : null;
                if (then != null && same(then, now)) {
                    continue; // written again as it was
                }
                boolean validationData = dssAfter.contains(key) && (then == null || dssBefore.contains(key));
                if (!validationData && !crossReference(now, then) && !catalog(key, then, now)
                        && !timestampPart(key, then, now)) {
                    return false;
                }
            }
            // Last, as it reads every object: a key the earlier revision already named, now given content.
            Set<COSObjectKey> added = new HashSet<>(written);
            added.removeAll(was.keySet());
            return !referencedBy(before, was.keySet(), added);
        }

        private boolean sameTrailer() {
            COSDictionary was = before.getTrailer();
            COSDictionary is = after.getTrailer();
            return is.getItem(COSName.ENCRYPT) == null && was.getItem(COSName.ENCRYPT) == null
                    && same(was.getItem(COSName.ROOT), is.getItem(COSName.ROOT))
                    && same(was.getItem(COSName.INFO), is.getItem(COSName.INFO));
        }

        /** The one document timestamp an LTA update may add, and its field; only in the file's last update. */
        private void findTimestamp() {
            for (COSObjectKey key : written) {
                if (resolve(after, key) instanceof COSDictionary dictionary
                        && DOC_TIME_STAMP.equals(dictionary.getItem(COSName.TYPE))) {
                    if (!last || timestamp != null || !wholeFileTimestamp(dictionary)) {
                        throw new IllegalStateException("a document timestamp that is not the last, whole-file one");
                    }
                    timestamp = key;
                }
            }
            if (timestamp == null) {
                return;
            }
            for (COSObjectKey key : written) {
                if (resolve(after, key) instanceof COSDictionary dictionary
                        && dictionary.getItem(COSName.V) instanceof COSObject value
                        && timestamp.equals(value.getKey())) {
                    timestampField = key;
                }
            }
        }

        private boolean wholeFileTimestamp(COSDictionary signature) {
            if (!RFC3161.equals(signature.getItem(COSName.SUB_FILTER)) || !keysWithin(signature, TIMESTAMP_KEYS)
                    || !(signature.getItem(COSName.BYTERANGE) instanceof COSArray range) || range.size() != 4) {
                return false;
            }
            long[] values = new long[4];
            for (int i = 0; i < 4; i++) {
                if (!(range.get(i) instanceof COSNumber number)) {
                    return false;
                }
                values[i] = number.longValue();
            }
            return values[0] == 0 && values[1] < values[2] && values[2] + values[3] == end;
        }

        /** The cross-reference stream that ends the update. */
        private static boolean crossReference(COSBase now, COSBase then) {
            return then == null && now instanceof COSStream stream && COSName.XREF.equals(stream.getItem(COSName.TYPE));
        }

        /** The catalog: only /DSS, and with a timestamp the form's /Fields, may change. */
        private boolean catalog(COSObjectKey key, COSBase then, COSBase now) {
            if (!(after.getTrailer().getItem(COSName.ROOT) instanceof COSObject root) || !key.equals(root.getKey())
                    || !(then instanceof COSDictionary was) || !(now instanceof COSDictionary is)) {
                return false;
            }
            if (timestampField != null && was.getItem(COSName.ACRO_FORM) instanceof COSDictionary formWas
                    && is.getItem(COSName.ACRO_FORM) instanceof COSDictionary formIs) {
                return sameExcept(was, is, DSS, COSName.ACRO_FORM) && formGainsTheTimestamp(formWas, formIs);
            }
            return sameExcept(was, is, DSS);
        }

        private boolean formGainsTheTimestamp(COSDictionary was, COSDictionary is) {
            return sameExcept(was, is, COSName.FIELDS)
                    && was.getItem(COSName.FIELDS) instanceof COSArray fieldsWas
                    && is.getItem(COSName.FIELDS) instanceof COSArray fieldsIs
                    && gainsOnly(fieldsWas, fieldsIs, timestampField);
        }

        /** The timestamp's signature dictionary, its invisible field, the field's empty appearance, and its page. */
        private boolean timestampPart(COSObjectKey key, COSBase then, COSBase now) throws IOException {
            if (timestamp == null) {
                return false;
            }
            if (key.equals(timestamp)) {
                return then == null;
            }
            COSDictionary field = (COSDictionary) resolve(after, timestampField);
            if (key.equals(timestampField)) {
                return then == null && invisibleSignatureWidget(field);
            }
            if (then == null && appearanceOf(field).contains(key)) {
                return true;
            }
            if (acroFormKey().filter(key::equals).isPresent()) {
                return then instanceof COSDictionary was && now instanceof COSDictionary is
                        && formGainsTheTimestamp(was, is);
            }
            return field.getItem(COSName.P) instanceof COSObject page && key.equals(page.getKey())
                    && then instanceof COSDictionary was && now instanceof COSDictionary is
                    && sameExcept(was, is, COSName.ANNOTS) && annotationsGainTheField(was, is);
        }

        /** The interactive form's key, when the catalog names it indirectly. */
        private Optional<COSObjectKey> acroFormKey() {
            return deref(after.getTrailer().getItem(COSName.ROOT)) instanceof COSDictionary catalog
                    && catalog.getItem(COSName.ACRO_FORM) instanceof COSObject form
                    ? Optional.of(form.getKey()) : Optional.empty();
        }

        private boolean annotationsGainTheField(COSDictionary pageWas, COSDictionary pageIs) {
            COSBase was = pageWas.getItem(COSName.ANNOTS);
            return (was == null || was instanceof COSArray) && pageIs.getItem(COSName.ANNOTS) instanceof COSArray is
                    && gainsOnly(was == null ? new COSArray() : (COSArray) was, is, timestampField);
        }

        private boolean invisibleSignatureWidget(COSDictionary field) throws IOException {
            if (field == null || !keysWithin(field, WIDGET_KEYS) || !COSName.SIG.equals(field.getItem(COSName.FT))
                    || !(field.getItem(COSName.RECT) instanceof COSArray rect) || rect.size() != 4) {
                return false;
            }
            float[] corners = rect.toFloatArray();
            if (corners[0] != corners[2] && corners[1] != corners[3]) {
                return false; // an area on the page
            }
            for (COSObjectKey key : appearanceOf(field)) {
                if (resolve(after, key) instanceof COSStream stream && !empty(stream)) {
                    return false;
                }
            }
            return true;
        }

        /** The objects of the widget's appearance dictionary written in this update. */
        private Set<COSObjectKey> appearanceOf(COSDictionary field) {
            Set<COSObjectKey> keys = new HashSet<>();
            COSBase appearance = field.getItem(COSName.AP);
            if (appearance instanceof COSObject reference) {
                keys.add(reference.getKey());
            }
            if (deref(appearance) instanceof COSDictionary states) {
                for (COSBase state : states.getValues()) {
                    if (state instanceof COSObject reference) {
                        keys.add(reference.getKey());
                    }
                }
            }
            keys.retainAll(written);
            return keys;
        }

        private static boolean empty(COSStream stream) throws IOException {
            try (InputStream raw = stream.createRawInputStream()) {
                return raw.read() == -1;
            }
        }

        private boolean gainsOnly(COSArray was, COSArray is, COSObjectKey gained) {
            if (is.size() != was.size() + 1 || !(is.get(is.size() - 1) instanceof COSObject last)
                    || !gained.equals(last.getKey())) {
                return false;
            }
            for (int i = 0; i < was.size(); i++) {
                if (!same(was.get(i), is.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The keys of the validation data: the /DSS dictionary, its arrays and VRI dictionaries
         * when indirect, and the streams they list. A /DSS with any other entry has none.
         */
        private static Set<COSObjectKey> validationData(COSDocument document) {
            Set<COSObjectKey> keys = new HashSet<>();
            COSBase root = document.getTrailer().getItem(COSName.ROOT);
            if (!(deref(root) instanceof COSDictionary catalog)) {
                return keys;
            }
            COSBase dss = catalog.getItem(DSS);
            if (!(deref(dss) instanceof COSDictionary store) || !keysWithin(store, DSS_KEYS)) {
                return keys;
            }
            Set<COSObjectKey> found = new HashSet<>();
            addKey(found, dss);
            for (String name : List.of("Certs", "CRLs", "OCSPs")) {
                if (!streams(store.getItem(COSName.getPDFName(name)), found)) {
                    return keys;
                }
            }
            COSBase vri = store.getItem(VRI);
            if (vri != null) {
                if (!(deref(vri) instanceof COSDictionary entries)) {
                    return keys;
                }
                addKey(found, vri);
                for (COSBase entry : entries.getValues()) {
                    if (!(deref(entry) instanceof COSDictionary one) || !keysWithin(one, VRI_KEYS)) {
                        return keys;
                    }
                    addKey(found, entry);
                    for (String name : List.of("Cert", "CRL", "OCSP")) {
                        if (!streams(one.getItem(COSName.getPDFName(name)), found)) {
                            return keys;
                        }
                    }
                    if (one.getItem(COSName.getPDFName("TS")) != null
                            && !streams(new COSArray(List.of(one.getItem(COSName.getPDFName("TS")))), found)) {
                        return keys;
                    }
                }
            }
            return found;
        }

        /** An absent entry, or an array (direct or not) of indirect streams: their keys go into found. */
        private static boolean streams(COSBase array, Set<COSObjectKey> found) {
            if (array == null) {
                return true;
            }
            if (!(deref(array) instanceof COSArray items)) {
                return false;
            }
            addKey(found, array);
            for (int i = 0; i < items.size(); i++) {
                if (!(items.get(i) instanceof COSObject reference) || !(reference.getObject() instanceof COSStream)) {
                    return false;
                }
                found.add(reference.getKey());
            }
            return true;
        }

        private static void addKey(Set<COSObjectKey> keys, COSBase item) {
            if (item instanceof COSObject reference) {
                keys.add(reference.getKey());
            }
        }

        /** Whether an object of the earlier revision names one of the keys (a dangling reference, until now). */
        private static boolean referencedBy(COSDocument document, Set<COSObjectKey> objects, Set<COSObjectKey> keys) {
            if (keys.isEmpty()) {
                return false;
            }
            Deque<COSBase> pending = new ArrayDeque<>();
            pending.add(document.getTrailer());
            for (COSObjectKey key : objects) {
                pending.add(resolve(document, key));
            }
            Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            while (!pending.isEmpty()) {
                COSBase item = pending.pop();
                if (item == null || !seen.add(item)) {
                    continue;
                }
                if (item instanceof COSObject reference) {
                    if (keys.contains(reference.getKey())) {
                        return true;
                    }
                } else if (item instanceof COSDictionary dictionary) {
                    pending.addAll(dictionary.getValues());
                } else if (item instanceof COSArray array) {
                    for (int i = 0; i < array.size(); i++) {
                        pending.add(array.get(i));
                    }
                }
            }
            return false;
        }
    }

    private static COSBase resolve(COSDocument document, COSObjectKey key) {
        COSObject object = document.getObjectFromPool(key);
        return object == null ? null : object.getObject();
    }

    private static COSBase deref(COSBase item) {
        return item instanceof COSObject reference ? reference.getObject() : item;
    }

    private static boolean keysWithin(COSDictionary dictionary, Set<COSName> allowed) {
        return allowed.containsAll(dictionary.keySet());
    }

    private static boolean sameExcept(COSDictionary was, COSDictionary is, COSName... changeable) {
        Set<COSName> keys = new HashSet<>(was.keySet());
        keys.addAll(is.keySet());
        keys.removeAll(List.of(changeable));
        for (COSName key : keys) {
            if (!same(was.getItem(key), is.getItem(key))) {
                return false;
            }
        }
        return true;
    }

    /** Equal as PDF values, indirect references by their keys: the objects they name are compared on their own. */
    static boolean same(COSBase a, COSBase b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof COSObject ra && b instanceof COSObject rb) {
            return Objects.equals(ra.getKey(), rb.getKey());
        }
        if (a instanceof COSObject || b instanceof COSObject) {
            return false;
        }
        if (a instanceof COSArray x && b instanceof COSArray y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof COSDictionary x && b instanceof COSDictionary y) {
            return x.size() == y.size() && sameExcept(x, y) && (!(x instanceof COSStream) && !(y instanceof COSStream)
                    || x instanceof COSStream sx && y instanceof COSStream sy && sameBytes(sx, sy));
        }
        return a.getClass() == b.getClass() && a.equals(b);
    }

    private static boolean sameBytes(COSStream a, COSStream b) {
        try (InputStream x = a.createRawInputStream(); InputStream y = b.createRawInputStream()) {
            return Arrays.equals(x.readAllBytes(), y.readAllBytes());
        } catch (IOException e) {
            return false;
        }
    }

    private static int indexOf(byte[] data, byte[] pattern, int from, int to) {
        outer:
        for (int i = Math.max(0, from); i <= to - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Set<COSName> names(String... names) {
        Set<COSName> set = new HashSet<>();
        for (String name : names) {
            set.add(COSName.getPDFName(name));
        }
        return Set.copyOf(set);
    }
}
