package org.inkpool.docx.style;

import org.inkpool.docx.opc.Ooxml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The few document settings the model needs: the default tab interval and the theme font languages. */
public record Settings(double defaultTabStop, String themeEastAsiaLang, String themeBidiLang) {
    /** 720 twips when the settings say nothing (ECMA-376 17.15.1.25). */
    public static final Settings DEFAULT = new Settings(36, null, null);

    public static Settings parse(Document xml) {
        Element root = xml.getDocumentElement();
        Double tab = Ooxml.twipsToPt(Ooxml.val(Ooxml.wChild(root, "defaultTabStop")));
        Element lang = Ooxml.wChild(root, "themeFontLang");
        return new Settings(tab == null || tab <= 0 ? 36 : tab, Ooxml.wAttr(lang, "eastAsia"),
                Ooxml.wAttr(lang, "bidi"));
    }
}
