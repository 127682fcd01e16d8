package org.inkpool.docx.style;

import org.inkpool.docx.opc.Ooxml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The Word version a document asks to be laid out like (w:compatSetting compatibilityMode):
 * 11 = Word 2003, 12 = 2007, 14 = 2010, 15 = 2013 and later. Absent means 12; if repeated, the
 * highest wins (word-layout-facts §11).
 */
public final class CompatibilityMode {

    public static final int DEFAULT = 12;

    private CompatibilityMode() {
    }

    public static int of(Document settings) {
        Element compat = Ooxml.wChild(settings.getDocumentElement(), "compat");
        int mode = -1;
        for (Element e : Ooxml.children(compat)) {
            if (Ooxml.is(e, Ooxml.W, "compatSetting") && "compatibilityMode".equals(Ooxml.wAttr(e, "name"))) {
                Integer v = Ooxml.integer(Ooxml.val(e));
                if (v != null && v > 0 && v < 100) {
                    mode = Math.max(mode, v);
                }
            }
        }
        return mode < 0 ? DEFAULT : mode;
    }
}
