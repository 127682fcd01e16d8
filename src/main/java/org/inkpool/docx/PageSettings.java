package org.inkpool.docx;

import org.inkpool.docx.opc.Ooxml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The settings that shape pages: whether even pages have their own headers, and the number formats
 * of footnotes and endnotes (w:footnotePr / w:endnotePr in the settings), and whether the page background
 * shows (w:displayBackgroundShape).
 */
record PageSettings(boolean evenAndOddHeaders, String footnoteNumFmt, String endnoteNumFmt,
                    boolean displayBackgroundShape, boolean adjustLineHeightInTable) {
    static final PageSettings DEFAULT = new PageSettings(false, null, null, false, false);

    static PageSettings parse(Document xml) {
        Element root = xml.getDocumentElement();
        return new PageSettings(Boolean.TRUE.equals(Ooxml.onOff(Ooxml.wChild(root, "evenAndOddHeaders"))),
                Ooxml.val(Ooxml.wChild(Ooxml.wChild(root, "footnotePr"), "numFmt")),
                Ooxml.val(Ooxml.wChild(Ooxml.wChild(root, "endnotePr"), "numFmt")),
                Boolean.TRUE.equals(Ooxml.onOff(Ooxml.wChild(root, "displayBackgroundShape"))),
                Boolean.TRUE.equals(Ooxml.onOff(Ooxml.wChild(Ooxml.wChild(root, "compat"), "adjustLineHeightInTable"))));
    }
}
