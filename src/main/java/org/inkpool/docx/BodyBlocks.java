package org.inkpool.docx;

import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/** Where the children of the main part's w:body go, one at a time, in document order. */
interface BodyBlocks {
    /** The first w:body has opened: the blocks follow. Called once, before any {@link #block}. */
    void bodyStarted() throws SAXException;

    /**
     * One complete child of w:body (a paragraph, a table, an sdt, the body's w:sectPr…), whose parent chain
     * is w:body and the document element with their attributes and namespace declarations.
     */
    void block(Element child);
}
