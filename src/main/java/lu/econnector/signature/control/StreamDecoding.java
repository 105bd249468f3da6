package lu.econnector.signature.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Decodes every stream of a loaded PDF through its whole filter chain into a
 * {@link DecodedBytesBudget}, with PDFBox's own filters but never into an unbounded buffer:
 * nested Flate, LZW and run-length bombs that the raw scan cannot see stop here, before DSS
 * reads the streams for real.
 */
final class StreamDecoding {

    /** Image codecs: decoded only to draw a page, which neither intake, signing nor validation does. */
    private static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.JPX_DECODE,
            COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE);

    private StreamDecoding() {
    }

    /**
     * @throws UnreadablePdfException when an object at a file offset cannot be parsed at all,
     *         such as a stream whose {@code /Length} is a reference to itself: PDFBox skips it,
     *         but a document with a hole is not one to sign, validate or deposit
     */
    static void decodeAll(COSDocument document, DecodedBytesBudget budget) {
        for (Map.Entry<COSObjectKey, Long> entry : document.getXrefTable().entrySet()) {
            // Streams are never inside object streams (ISO 32000-1 section 7.5.7): only objects
            // at a file offset can be one, and looking at them decodes nothing yet.
            if (entry.getValue() == null || entry.getValue() <= 0) {
                continue;
            }
            COSObject object = document.getObjectFromPool(entry.getKey());
            COSBase value = object.getObject();
            if (value == null) { // PDFBox logged why; the object is a hole
                throw new UnreadablePdfException(null);
            }
            if (value instanceof COSStream stream) {
                decode(stream, budget);
            }
        }
    }

    private static void decode(COSStream stream, DecodedBytesBudget budget) {
        List<COSName> filters = filters(stream.getFilters());
        int decoding = (int) filters.stream().takeWhile(name -> !IMAGE_CODECS.contains(name)).count();
        try {
            InputStream input = stream.createRawInputStream();
            for (int i = 0; i < decoding; i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                DecodedBytesBudget.Sink sink = budget.sink(i < decoding - 1);
                filter.decode(input, sink, stream, i);
                input = sink.decoded();
            }
        } catch (IOException damaged) {
            // An unknown filter or damaged data: PDFBox will not decode more of it than this either.
        }
    }

    private static List<COSName> filters(COSBase filters) {
        if (filters instanceof COSName name) {
            return List.of(name);
        }
        if (filters instanceof COSArray array) {
            return array.toList().stream().filter(COSName.class::isInstance).map(COSName.class::cast).toList();
        }
        return List.of();
    }
}
