package lu.econnector.mysecu.control;

import com.sun.xml.ws.api.streaming.XMLStreamReaderFactory;
import java.io.InputStream;
import java.io.Reader;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Metro reads every SOAP answer with the StAX reader of its {@link XMLStreamReaderFactory}: a
 * Woodstox factory with {@code SUPPORT_DTD} and external entities off (whatever
 * {@code com.sun.xml.ws.disableXmlSecurity} says, which only concerns its other parsers). That
 * expands no entity, but it reads past a DOCTYPE and accepts the answer, and its factories
 * ignore the {@code rejectDTDs} flag Metro passes them. SOAP 1.1 section 3 says a message
 * must not contain a DTD: this factory wraps Metro's and fails the reader on the DTD event,
 * so that an answer with one is a bad answer, before any entity is looked at.
 * <p>
 * Metro keeps one factory per context class loader; {@link #install()} puts this one in front
 * for the caller's loader (the application's, in Payara) and is cheap to repeat.
 */
final class DtdRefusingReaders extends XMLStreamReaderFactory {

    private final XMLStreamReaderFactory metros;

    private DtdRefusingReaders(XMLStreamReaderFactory metros) {
        this.metros = metros;
    }

    static synchronized void install() {
        XMLStreamReaderFactory current = XMLStreamReaderFactory.get();
        if (!(current instanceof DtdRefusingReaders)) {
            XMLStreamReaderFactory.set(new DtdRefusingReaders(current));
        }
    }

    @Override
    public XMLStreamReader doCreate(String systemId, InputStream in, boolean rejectDTDs) {
        return new DtdRefusingReader(metros.doCreate(systemId, in, rejectDTDs));
    }

    @Override
    public XMLStreamReader doCreate(String systemId, Reader in, boolean rejectDTDs) {
        return new DtdRefusingReader(metros.doCreate(systemId, in, rejectDTDs));
    }

    @Override
    public void doRecycle(XMLStreamReader reader) {
        metros.doRecycle(reader instanceof DtdRefusingReader refusing ? refusing.getParent() : reader);
    }

    /** Fails on a DOCTYPE, however the caller moves through the document. */
    private static final class DtdRefusingReader extends StreamReaderDelegate {

        DtdRefusingReader(XMLStreamReader reader) {
            super(reader);
        }

        @Override
        public int next() throws XMLStreamException {
            return refuseDtd(super.next());
        }

        @Override
        public int nextTag() throws XMLStreamException {
            int event = next();
            while (event == SPACE || event == COMMENT || event == PROCESSING_INSTRUCTION
                    || (event == CHARACTERS && isWhiteSpace())) {
                event = next();
            }
            if (event != START_ELEMENT && event != END_ELEMENT) {
                throw new XMLStreamException("expected a start or end tag", getLocation());
            }
            return event;
        }

        private int refuseDtd(int event) throws XMLStreamException {
            if (event == XMLStreamConstants.DTD) {
                throw new XMLStreamException("a SOAP message must not contain a document type declaration");
            }
            return event;
        }
    }
}
