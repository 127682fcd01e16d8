package org.inkpool.docx.body;

import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/** Where the children of the main part's w:body go, one at a time, in document order. */
public interface BodyBlocks {
    /** The first w:body has opened: the blocks follow. Called once, before any {@link #block}. */
    void bodyStarted() throws SAXException;

    /**
     * One complete child of w:body (a paragraph, a table, an sdt, the body's w:sectPr…), whose parent chain
     * is w:body and the document element with their attributes and namespace declarations.
     */
    void block(Element child);

    /**
     * One child of a w:tbl that is itself a child of w:body, handed over as soon as it is complete when the
     * table's w:tblPr and w:tblGrid came first (a row, rows wrapped in an sdt…; whitespace and the like
     * are not handed over). It stays attached below the table, which reaches {@link #block} at its end:
     * whoever reads rows here detaches them, and whoever ignores this call finds every row there.
     */
    default void tableContent(Element tbl, Element child) {
    }

    /** The document's w:background colour (its w:color attribute, possibly null), met before the body. */
    default void background(String color) {
    }
}
