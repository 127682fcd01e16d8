package org.inkpool.docx.opc;

import org.inkpool.docx.Warnings;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.inkpool.model.EmbeddedFont;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Fonts embedded in the font table part. Word obfuscates them (ECMA-376 Part 1, 17.8.1): the first 32
 * bytes of the font are XORed with the 16 bytes of the w:fontKey GUID, taken in reverse order of its hex
 * digits' byte pairs.
 */
public final class EmbeddedFonts {
    private static final String[][] KINDS = {
            {"embedRegular", "00"}, {"embedBold", "10"}, {"embedItalic", "01"}, {"embedBoldItalic", "11"}};
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private EmbeddedFonts() {
    }

    public static List<EmbeddedFont> read(DocxPackage pkg, PackagePart fontTable, Document xml, Warnings warnings) {
        List<EmbeddedFont> out = new ArrayList<>();
        for (Element font : Ooxml.children(xml.getDocumentElement())) {
            if (!Ooxml.is(font, Ooxml.W, "font")) {
                continue;
            }
            String family = Ooxml.wAttr(font, "name");
            for (String[] kind : KINDS) {
                Element embed = Ooxml.wChild(font, kind[0]);
                if (embed == null || family == null) {
                    continue;
                }
                String relId = Ooxml.attr(embed, Ooxml.R, "id");
                String key = Ooxml.wAttr(embed, "fontKey");
                try {
                    PackageRelationship rel = relId == null ? null : fontTable.getRelationship(relId);
                    PackagePart part = rel == null ? null : pkg.partFor(rel);
                    if (part == null) {
                        warnings.warn("Embedded font " + family + " is missing from the package");
                        continue;
                    }
                    byte[] data;
                    try (InputStream in = part.getInputStream()) {
                        data = in.readNBytes((int) MAX_BYTES);
                    }
                    if (key != null && !key.isEmpty()) {
                        deobfuscate(data, key);
                    }
                    if (!looksLikeFont(data)) {
                        warnings.warn("Embedded font " + family + " could not be de-obfuscated; it was not used");
                        continue;
                    }
                    out.add(new EmbeddedFont(family, kind[1].charAt(0) == '1', kind[1].charAt(1) == '1', data));
                } catch (Exception e) {
                    warnings.warn("Embedded font " + family + " could not be read (" + e.getMessage() + ")");
                }
            }
        }
        return out;
    }

    /** XORs the first 32 bytes with the key made from the GUID's hex digits read backwards in pairs. */
    public static void deobfuscate(byte[] data, String fontKey) {
        String hex = fontKey.replaceAll("[^0-9A-Fa-f]", "");
        if (hex.length() != 32) {
            throw new IllegalArgumentException("font key is not a GUID: " + fontKey);
        }
        byte[] key = new byte[16];
        for (int i = 0; i < 16; i++) {
            int pos = 30 - 2 * i;
            key[i] = (byte) Integer.parseInt(hex.substring(pos, pos + 2), 16);
        }
        for (int i = 0; i < 32 && i < data.length; i++) {
            data[i] ^= key[i % 16];
        }
    }

    /** TrueType, OpenType (CFF), collection or Apple 'true' signature. */
    public static boolean looksLikeFont(byte[] d) {
        if (d.length < 12) {
            return false;
        }
        int tag = ((d[0] & 0xff) << 24) | ((d[1] & 0xff) << 16) | ((d[2] & 0xff) << 8) | (d[3] & 0xff);
        return tag == 0x00010000 || tag == 0x4F54544F /* OTTO */ || tag == 0x74727565 /* true */
                || tag == 0x74746366 /* ttcf */;
    }
}
