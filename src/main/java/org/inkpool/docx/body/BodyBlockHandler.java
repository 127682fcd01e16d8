package org.inkpool.docx.body;

import org.inkpool.docx.opc.Ooxml;
import org.inkpool.docx.opc.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.ext.DefaultHandler2;

import javax.xml.XMLConstants;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the SAX events of a main document part into a small DOM for one child of w:body at a time, hands
 * it to {@link BodyBlocks} and drops it, so a long document never lives as one DOM. Each block hangs below
 * a w:body under the document element, both with their original attributes (namespace declarations
 * included), so prefix lookups through ancestors (mc:Choice Requires) resolve as in a whole DOM. Inside a
 * block the DOM is what the DOM parser builds: same names, attributes, text (whitespace kept) and CDATA;
 * comments and processing instructions are left out. Elements of the document element other than the
 * first w:body are skipped unbuilt, as the reader never looks at them. The rows of a top-level table are
 * handed over one at a time as well ({@link BodyBlocks#tableContent}): one table can be most of a document.
 */
final class BodyBlockHandler extends DefaultHandler2 {
    private static final int ROOT = 1;
    private static final int BODY = 2;
    private static final int BLOCK = 3;
    private static final int TABLE_CHILD = 4;

    private final BodyBlocks blocks;
    private final Document doc = SecureXml.newDocument();
    private final NodeTemplates templates = new NodeTemplates(doc);
    private final StringBuilder text = new StringBuilder();
    private Element root;
    private Element body;
    /** The element being built below w:body; body itself between blocks. */
    private Node current;
    /** The body's w:sectPr stays attached, as it is read only after the last block. */
    private Element keptSectPr;
    private int depth;
    /** The block being built when it is a w:tbl: its rows are handed over one by one. */
    private Element table;
    private boolean tableHadProperties;
    private boolean tableHadGrid;
    /** Whether the table's rows are handed over: decided at its first child other than tblPr and tblGrid. */
    private Boolean tableStreams;
    /** The depth of the subtree being skipped, or 0. */
    private int skipping;
    private boolean inCdata;
    /** Namespace declarations of the element about to start, as the parser reports them. */
    private final List<Declaration> declarations = new ArrayList<>();

    private record Declaration(String prefix, String uri) {
    }

    BodyBlockHandler(BodyBlocks blocks) {
        this.blocks = blocks;
        // the parser has checked names and namespaces already: building need not check them again
        doc.setStrictErrorChecking(false);
    }

    /** Whether the part had a w:body (its blocks have been handed over). */
    boolean sawBody() {
        return body != null;
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        declarations.add(new Declaration(prefix, uri));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        depth++;
        try {
            open(uri, localName, qName, atts);
        } finally {
            declarations.clear(); // they belonged to this element
        }
    }

    private void open(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (skipping != 0) {
            return;
        }
        if (depth >= BLOCK) {
            flushText();
            Element e = element(uri, qName, atts);
            current.appendChild(e);
            current = e;
            if (depth == BLOCK) {
                startBlock(e);
            }
        } else if (depth == ROOT) {
            root = element(uri, qName, atts);
            doc.appendChild(root);
        } else if (body == null && "body".equals(localName) && Ooxml.W.equals(Ooxml.family(uri))) {
            body = element(uri, qName, atts);
            root.appendChild(body);
            current = body;
            blocks.bodyStarted();
        } else {
            if (body == null && depth == BODY && "background".equals(localName) && Ooxml.W.equals(Ooxml.family(uri))) {
                blocks.background(wColor(atts));
            }
            skipping = depth;
        }
    }

    /** The w:color attribute of a w:background, or null. */
    private static String wColor(Attributes atts) {
        for (int i = 0; i < atts.getLength(); i++) {
            if ("color".equals(atts.getLocalName(i)) && Ooxml.W.equals(Ooxml.family(atts.getURI(i)))) {
                return atts.getValue(i);
            }
        }
        return null;
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (skipping != 0) {
            if (depth == skipping) {
                skipping = 0;
            }
        } else if (depth >= BLOCK) {
            flushText();
            Node done = current;
            current = done.getParentNode();
            if (depth == TABLE_CHILD && table != null) {
                tableChildEnded((Element) done);
            } else if (depth == BLOCK) {
                table = null;
                handOver((Element) done);
            }
        } else if (depth == BODY) {
            // later siblings of the body (a second w:body) are not read, as in a whole DOM
            current = null;
        }
        depth--;
    }

    private void startBlock(Element block) {
        table = Ooxml.is(block, Ooxml.W, "tbl") ? block : null;
        tableHadProperties = false;
        tableHadGrid = false;
        tableStreams = null;
    }

    /**
     * Hands over a table's row-level child, but only when the table's properties and grid came before its
     * first one (as the schema has them): a table that breaks that order is read whole, so both ways read
     * the same table.
     */
    private void tableChildEnded(Element child) {
        if (Ooxml.is(child, Ooxml.W, "tblPr")) {
            tableHadProperties = true;
        } else if (Ooxml.is(child, Ooxml.W, "tblGrid")) {
            tableHadGrid = true;
        } else {
            if (tableStreams == null) {
                tableStreams = tableHadProperties && tableHadGrid;
            }
            if (tableStreams) {
                blocks.tableContent(table, child);
            }
        }
    }

    private void handOver(Element block) {
        blocks.block(block);
        if (Ooxml.is(block, Ooxml.W, "sectPr")) {
            if (keptSectPr != null) {
                body.removeChild(keptSectPr);
            }
            keptSectPr = block;
        } else {
            body.removeChild(block);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipping == 0 && depth >= BLOCK) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    @Override
    public void startCDATA() {
        flushText();
        inCdata = true;
    }

    @Override
    public void endCDATA() {
        flushText();
        inCdata = false;
    }

    /**
     * Adjacent character events (split by the parser's buffer, entities) make one text node, as in a DOM.
     * Only text inside a block is ever collected.
     */
    private void flushText() {
        if (text.length() > 0) {
            String s = text.toString();
            current.appendChild(inCdata ? doc.createCDATASection(s) : doc.createTextNode(s));
        }
        text.setLength(0);
    }

    private Element element(String uri, String qName, Attributes atts) {
        Element e = templates.element(uri.isEmpty() ? null : uri, qName);
        // namespace declarations become xmlns attributes, as the DOM parser keeps them
        for (Declaration declaration : declarations) {
            String name = declaration.prefix().isEmpty() ? XMLConstants.XMLNS_ATTRIBUTE
                    : XMLConstants.XMLNS_ATTRIBUTE + ":" + declaration.prefix();
            e.setAttributeNode(templates.attribute(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, name, declaration.uri()));
        }
        for (int i = 0; i < atts.getLength(); i++) {
            String ns = atts.getURI(i);
            // the parser has refused duplicate attributes, so adding by name (one lookup) is enough
            e.setAttributeNode(templates.attribute(ns == null || ns.isEmpty() ? null : ns, atts.getQName(i),
                    atts.getValue(i)));
        }
        return e;
    }
}
