package org.inkpool.docx.opc;

import org.w3c.dom.Document;
import org.xml.sax.ContentHandler;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.LexicalHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

/**
 * Parses package parts into DOM, or streams them through a SAX handler, with every door to the outside
 * closed: no DOCTYPE at all (so no external or recursive entities, XXE), no XInclude, secure processing
 * limits on. Whole parts go through the JDK's DOM parser; the main part streams through Aalto's SAX
 * parser. Both refuse any DOCTYPE with a message that names it, which the reader reports alike.
 */
public final class SecureXml {
    /** The DOM parser's features; a parser that lacks one still has DOCTYPEs disallowed. */
    private static final Map<String, Boolean> FEATURES = Map.of(
            XMLConstants.FEATURE_SECURE_PROCESSING, true,
            "http://apache.org/xml/features/disallow-doctype-decl", true,
            "http://xml.org/sax/features/external-general-entities", false,
            "http://xml.org/sax/features/external-parameter-entities", false,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);

    private static final DocumentBuilderFactory FACTORY = createFactory();
    private static final SAXParserFactory STREAM_FACTORY = createStreamFactory();

    /** Resolves any entity to nothing, should one ever get past the disallowed DOCTYPE. */
    private static final EntityResolver NO_ENTITIES = (publicId, systemId) -> new InputSource(new StringReader(""));

    /** Any error stops the part; warnings do not. */
    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not stop a document
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private SecureXml() {
    }

    private static DocumentBuilderFactory createFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        FEATURES.forEach((feature, value) -> {
            try {
                f.setFeature(feature, value);
            } catch (ParserConfigurationException ignored) {
                // not every parser knows every feature; disallow-doctype-decl is the one that matters
            }
        });
        // every node is visited anyway: building them at once saves the deferred tables' memory
        try {
            f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
        } catch (ParserConfigurationException ignored) {
            // a parser without deferred nodes builds them at once anyway
        }
        try {
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (IllegalArgumentException ignored) {
            // a parser without these attributes still has DOCTYPEs disallowed above
        }
        return f;
    }

    private static SAXParserFactory createStreamFactory() {
        SAXParserFactory f = new com.fasterxml.aalto.sax.SAXParserFactoryImpl();
        f.setNamespaceAware(true);
        f.setValidating(false);
        for (String feature : List.of("http://xml.org/sax/features/external-general-entities",
                "http://xml.org/sax/features/external-parameter-entities")) {
            try {
                f.setFeature(feature, false);
            } catch (ParserConfigurationException | SAXException ignored) {
                // Aalto reads no external entities anyway; the DOCTYPE that could declare one is refused
            }
        }
        return f;
    }

    public static Document parse(InputStream in) throws IOException, SAXException {
        DocumentBuilder builder = newBuilder();
        builder.setEntityResolver(NO_ENTITIES);
        builder.setErrorHandler(STRICT);
        return builder.parse(in);
    }

    /** An empty document, of the same DOM implementation {@link #parse} builds. */
    public static Document newDocument() {
        return newBuilder().newDocument();
    }

    private static DocumentBuilder newBuilder() {
        try {
            synchronized (FACTORY) {
                return FACTORY.newDocumentBuilder();
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser unavailable", e);
        }
    }

    /**
     * Streams a part through {@code handler}, which also hears CDATA sections and the namespace
     * declarations (as prefix mappings). Aalto's SAX parser does this: under the workers' C1 compiler it
     * scans three to four times faster than the JDK's, and the main part is the largest XML by far. It
     * reads no DTD and fetches nothing; a DOCTYPE is refused as soon as it is seen, with the same message
     * word the DOM parser uses, and no entity declared in one is ever expanded.
     */
    public static <H extends ContentHandler & LexicalHandler> void stream(InputStream in, H handler)
            throws IOException, SAXException {
        XMLReader reader;
        try {
            reader = STREAM_FACTORY.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser unavailable", e);
        }
        reader.setProperty("http://xml.org/sax/properties/lexical-handler", new NoDoctype(handler));
        reader.setContentHandler(handler);
        reader.setEntityResolver(NO_ENTITIES);
        reader.setErrorHandler(STRICT);
        try {
            reader.parse(new InputSource(in));
        } catch (SAXException e) {
            // Aalto wraps what the stream threw (POI's zip-bomb guard, a truncated entry) as a parse error;
            // the reader tells those apart from damaged XML, as it does with the DOM parser
            IOException io = ioCause(e);
            if (io != null) {
                throw io;
            }
            throw e;
        }
    }

    private static IOException ioCause(SAXException e) {
        Throwable t = e.getException() != null ? e.getException() : e.getCause();
        for (int i = 0; t != null && i < 10; i++) {
            if (t instanceof IOException io) {
                return io;
            }
            t = t.getCause();
        }
        return null;
    }

    /** Refuses any DOCTYPE; passes CDATA sections on. */
    private static final class NoDoctype implements LexicalHandler {
        private final LexicalHandler next;

        public NoDoctype(LexicalHandler next) {
            this.next = next;
        }

        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            throw new SAXException("DOCTYPE is disallowed: the document may not declare a document type");
        }

        @Override
        public void endDTD() {
            // never reached: startDTD refuses
        }

        @Override
        public void startEntity(String name) {
            // only the five predefined entities can occur: a DOCTYPE declaring others was refused
        }

        @Override
        public void endEntity(String name) {
            // as above
        }

        @Override
        public void startCDATA() throws SAXException {
            next.startCDATA();
        }

        @Override
        public void endCDATA() throws SAXException {
            next.endCDATA();
        }

        @Override
        public void comment(char[] ch, int start, int length) {
            // comments are not part of the document's content
        }
    }
}
