package org.inkpool.docx;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The few document settings the model needs: the default tab interval and the theme font languages. */
record Settings(double defaultTabStop, String themeEastAsiaLang, String themeBidiLang) {
    /** 720 twips when the settings say nothing (ECMA-376 17.15.1.25). */
    static final Settings DEFAULT = new Settings(36, null, null);

    static Settings parse(Document xml) {
        Element root = xml.getDocumentElement();
        Double tab = Ooxml.twipsToPt(Ooxml.val(Ooxml.wChild(root, "defaultTabStop")));
        Element lang = Ooxml.wChild(root, "themeFontLang");
        return new Settings(tab == null || tab <= 0 ? 36 : tab, Ooxml.wAttr(lang, "eastAsia"),
                Ooxml.wAttr(lang, "bidi"));
    }
}
