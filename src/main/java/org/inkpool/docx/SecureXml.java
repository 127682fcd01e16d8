package org.inkpool.docx;

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
import java.util.Map;

/**
 * Parses package parts into DOM, or streams them through a SAX handler, with every door to the outside
 * closed: no DOCTYPE at all (so no external or recursive entities, XXE), no XInclude, secure processing
 * limits on. Both ways share the same hardening, so both refuse a DOCTYPE with the same message.
 */
final class SecureXml {
    /** The features both parsers get; a parser that lacks one still has DOCTYPEs disallowed. */
    private static final Map<String, Boolean> FEATURES = Map.of(
            XMLConstants.FEATURE_SECURE_PROCESSING, true,
            "http://apache.org/xml/features/disallow-doctype-decl", true,
            "http://xml.org/sax/features/external-general-entities", false,
            "http://xml.org/sax/features/external-parameter-entities", false,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);

    private static final DocumentBuilderFactory FACTORY = createFactory();
    private static final SAXParserFactory SAX_FACTORY = createSaxFactory();

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

    private static SAXParserFactory createSaxFactory() {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        FEATURES.forEach((feature, value) -> {
            try {
                f.setFeature(feature, value);
            } catch (ParserConfigurationException | SAXException ignored) {
                // not every parser knows every feature; disallow-doctype-decl is the one that matters
            }
        });
        return f;
    }

    static Document parse(InputStream in) throws IOException, SAXException {
        DocumentBuilder builder = newBuilder();
        builder.setEntityResolver(NO_ENTITIES);
        builder.setErrorHandler(STRICT);
        return builder.parse(in);
    }

    /** An empty document, of the same DOM implementation {@link #parse} builds. */
    static Document newDocument() {
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
     * Streams a part through {@code handler}, which also hears CDATA sections. Element attributes include
     * the namespace declarations (xmlns, xmlns:w…), as a DOM built by {@link #parse} has them.
     */
    static <H extends ContentHandler & LexicalHandler> void stream(InputStream in, H handler)
            throws IOException, SAXException {
        XMLReader reader;
        try {
            synchronized (SAX_FACTORY) {
                reader = SAX_FACTORY.newSAXParser().getXMLReader();
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser unavailable", e);
        }
        try {
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException ignored) {
            // a parser without these properties still has DOCTYPEs disallowed by its factory
        }
        reader.setFeature("http://xml.org/sax/features/namespace-prefixes", true);
        reader.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
        reader.setContentHandler(handler);
        reader.setEntityResolver(NO_ENTITIES);
        reader.setErrorHandler(STRICT);
        reader.parse(new InputSource(in));
    }
}
