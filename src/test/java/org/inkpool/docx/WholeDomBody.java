package org.inkpool.docx;

import org.inkpool.docx.body.BodyBlocks;
import org.inkpool.docx.body.BodySource;
import org.inkpool.docx.opc.DocxPackage;
import org.inkpool.docx.opc.Ooxml;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * The way the main part was read before it was streamed: parsed into one whole DOM, then the children of
 * its first w:body handed over in order. Tests read documents both ways and expect the same model.
 */
public final class WholeDomBody implements BodySource {
    @Override
    public boolean read(PackagePart main, BodyBlocks blocks, DoubleConsumer progress)
            throws IOException, SAXException {
        Element root = DocxPackage.parse(main).getDocumentElement();
        Element background = Ooxml.wChild(root, "background");
        if (background != null) {
            blocks.background(Ooxml.wAttr(background, "color"));
        }
        Element body = Ooxml.wChild(root, "body");
        if (body == null) {
            return false;
        }
        blocks.bodyStarted();
        List<Element> top = Ooxml.children(body);
        for (int i = 0; i < top.size(); i++) {
            blocks.block(top.get(i));
            progress.accept((i + 1) / (double) top.size());
        }
        return true;
    }
}
