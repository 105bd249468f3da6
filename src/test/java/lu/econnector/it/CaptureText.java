package lu.econnector.it;

import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lu.econnector.sandbox.mysecu.CapturedRequest;

/**
 * A captured syncexchange request as text for a reader: the HTTP headers, then the MIME
 * parts, the PDF's bytes replaced by their count (a sandbox document: no real data).
 */
final class CaptureText {

    /** The PDF part's headers, then its bytes up to the next MIME boundary. */
    private static final Pattern PDF_PART = Pattern.compile("(Content-Type: application/pdf[^\\r\\n]*\\r\\n"
            + "(?:[^\\r\\n]+\\r\\n)*\\r\\n)(.*?)(\\r\\n--)", Pattern.DOTALL);

    private CaptureText() {
    }

    static String of(CapturedRequest request) {
        StringBuilder text = new StringBuilder(request.method()).append(' ').append(request.path()).append('\n');
        new TreeMap<>(request.headers()).forEach((name, values) ->
                values.forEach(value -> text.append(name).append(": ").append(value).append('\n')));
        text.append('\n');
        Matcher pdf = PDF_PART.matcher(request.bodyText());
        text.append(pdf.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + "[" + match.group(2).length()
                + " bytes of the signed PDF, starting %PDF-]" + match.group(3))));
        return text.toString();
    }
}
