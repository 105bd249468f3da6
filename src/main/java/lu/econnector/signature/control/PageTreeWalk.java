package lu.econnector.signature.control;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Counts a PDF's pages by walking its page tree (ISO 32000-1 section 7.7.3.2) without
 * recursion. The root's {@code /Count} is the document's word, not a fact; a node met twice
 * (a loop, or a page with two parents) is refused, though PDFBox's own iterator only logs it, since PDFBox's
 * {@code getPage(n)}, which DSS calls, follows the tree by the counts and recursively; and so is
 * a tree deeper than any real one, for the same recursion.
 */
final class PageTreeWalk {

    /** A balanced tree of a million pages with ten kids a node is six levels deep. */
    static final int MAX_DEPTH = 32;

    private record Node(COSDictionary dictionary, int depth) {
    }

    private PageTreeWalk() {
    }

    /**
     * @throws PdfLimitExceededException past {@code maxPages} pages or {@link #MAX_DEPTH} levels
     * @throws UnreadablePdfException    when the tree has a loop
     */
    static void count(PDDocument document, int maxPages) {
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(new Node(document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES), 0));
        int pages = 0;
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node.dictionary() == null) {
                continue;
            }
            if (!seen.add(node.dictionary())) {
                throw new UnreadablePdfException(null);
            }
            COSArray kids = node.dictionary().getCOSArray(COSName.KIDS);
            if (kids == null) {
                if (++pages > maxPages) {
                    throw new PdfLimitExceededException("The PDF has more than " + maxPages
                            + " pages (PDF_MAX_PAGES).");
                }
                continue;
            }
            if (node.depth() >= MAX_DEPTH) {
                throw new PdfLimitExceededException("The PDF's page tree is deeper than " + MAX_DEPTH + " levels.");
            }
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    todo.push(new Node(kid, node.depth() + 1));
                }
            }
        }
    }
}
