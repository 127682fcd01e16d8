package org.inkpool.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a long report-like .docx for the big-document benchmark: headings in three levels, justified body
 * paragraphs with bold and italic runs, a bulleted list, a table every few pages, footnotes, and a header and
 * footer with the page number. Streamed part by part, so a 1,000-page file costs the generator no memory.
 * Seeded: the same seed and page count give the same bytes.
 */
final class LongDocumentWriter {
    /** Units of content (a heading's worth of text) Word fits on one A4 page at 11 pt, measured: see generate. */
    static final double UNITS_PER_PAGE = 2.2;

    private static final String[] WORDS = ("the of and to in a is that for it as was with be by on not he this are or his "
            + "from at which but have an they you were her all she there would their we him been has when who will more "
            + "no if out so said what up its about into than them can only other new some could time these two may then "
            + "do first any my now such like our over man me even most made after also did many before must through back "
            + "years where much your way well down should because each just those people how too little state good very "
            + "make world still own see men work long get here between both life being under never day same another know "
            + "while last might us great old year off come since against go came right used take three quarterly revenue "
            + "throughput measurement conversion document pipeline committee schedule inventory procurement").split(" ");

    private final Random random;
    private int footnotes;

    LongDocumentWriter(long seed) {
        this.random = new Random(seed);
    }

    void write(OutputStream target, int pages) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target);
        Writer xml = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        part(zip, xml, "[Content_Types].xml", CONTENT_TYPES);
        part(zip, xml, "_rels/.rels", ROOT_RELS);
        part(zip, xml, "word/_rels/document.xml.rels", DOCUMENT_RELS);
        part(zip, xml, "word/styles.xml", STYLES);
        part(zip, xml, "word/numbering.xml", NUMBERING);
        part(zip, xml, "word/header1.xml", header("hdr", "Generated report — long-document benchmark"));
        part(zip, xml, "word/footer1.xml", header("ftr", null));
        zip.putNextEntry(entry("word/document.xml"));
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document " + NS + "><w:body>");
        StringBuilder notes = new StringBuilder();
        int units = (int) Math.ceil(pages * UNITS_PER_PAGE);
        for (int unit = 0; unit < units; unit++) {
            xml.write(unit(unit, notes));
        }
        xml.write("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH\"/><w:footerReference w:type=\"default\" r:id=\"rIdF\"/>"
                + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" "
                + "w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
        xml.flush();
        zip.closeEntry();
        part(zip, xml, "word/footnotes.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:footnotes " + NS + ">"
                + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                + notes + "</w:footnotes>");
        zip.finish();
    }

    /** One page's worth: sometimes a heading, three or four paragraphs, now and then a list or a table. */
    private String unit(int unit, StringBuilder notes) {
        StringBuilder b = new StringBuilder();
        if (unit % 12 == 0) {
            b.append(heading(1, "Chapter " + (unit / 12 + 1) + ": " + sentence(4, false)));
        } else if (unit % 4 == 0) {
            b.append(heading(2, (unit / 12 + 1) + "." + (unit % 12 / 4) + " " + sentence(5, false)));
        } else if (unit % 2 == 0) {
            b.append(heading(3, sentence(6, false)));
        }
        int paragraphs = unit % 5 == 3 ? 2 : 4;
        for (int i = 0; i < paragraphs; i++) {
            b.append(body(unit % 3 == 1 && i == 1 ? notes : null));
        }
        if (unit % 5 == 3) {
            b.append(table(unit));
        } else if (unit % 7 == 5) {
            for (int i = 0; i < 3; i++) {
                b.append("<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>")
                        .append(run(sentence(12, true), "")).append("</w:p>");
            }
        }
        return b.toString();
    }

    private String heading(int level, String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"Heading" + level + "\"/></w:pPr>" + run(text, "") + "</w:p>";
    }

    private String body(StringBuilder notes) {
        StringBuilder b = new StringBuilder("<w:p>");
        int sentences = 4 + random.nextInt(3);
        for (int s = 0; s < sentences; s++) {
            String style = switch (random.nextInt(9)) {
                case 0 -> "<w:b/>";
                case 1 -> "<w:i/>";
                default -> "";
            };
            b.append(run(sentence(9 + random.nextInt(12), true) + " ", style));
            if (notes != null && s == 1) {
                int id = ++footnotes;
                b.append("<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"").append(id).append("\"/></w:r>");
                notes.append("<w:footnote w:id=\"").append(id).append("\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr>")
                        .append("<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>")
                        .append(run(" " + sentence(14, true), "")).append("</w:p></w:footnote>");
            }
        }
        return b.append("</w:p>").toString();
    }

    private String table(int unit) {
        StringBuilder b = new StringBuilder("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
                + "<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/><w:bottom w:val=\"single\" w:sz=\"4\"/>"
                + "<w:right w:val=\"single\" w:sz=\"4\"/><w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/>"
                + "</w:tblBorders></w:tblPr><w:tblGrid>");
        for (int c = 0; c < 4; c++) {
            b.append("<w:gridCol w:w=\"2256\"/>");
        }
        b.append("</w:tblGrid>");
        for (int r = 0; r < 8; r++) {
            b.append(r == 0 ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>" : "<w:tr>");
            for (int c = 0; c < 4; c++) {
                String text = r == 0 ? "Column " + (c + 1) : c == 0 ? "Item " + (unit * 8 + r) : String.format("%,d", random.nextInt(1_000_000));
                b.append("<w:tc><w:tcPr><w:tcW w:w=\"2256\" w:type=\"dxa\"/></w:tcPr><w:p>").append(run(text, r == 0 ? "<w:b/>" : ""))
                        .append("</w:p></w:tc>");
            }
            b.append("</w:tr>");
        }
        return b.append("</w:tbl><w:p/>").toString();
    }

    private String sentence(int words, boolean period) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            b.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
        }
        return period ? b.append('.').toString() : b.toString();
    }

    private static String run(String text, String properties) {
        return "<w:r>" + (properties.isEmpty() ? "" : "<w:rPr>" + properties + "</w:rPr>") + "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static String header(String kind, String text) {
        String root = kind.equals("hdr") ? "w:hdr" : "w:ftr";
        String content = text != null ? run(text, "<w:i/>")
                : "<w:r><w:t xml:space=\"preserve\">Page </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<" + root + " " + NS + "><w:p><w:pPr><w:jc w:val=\""
                + (text != null ? "right" : "center") + "\"/></w:pPr>" + content + "</w:p></" + root + ">";
    }

    private static void part(ZipOutputStream zip, Writer xml, String name, String content) throws IOException {
        zip.putNextEntry(entry(name));
        xml.write(content);
        xml.flush();
        zip.closeEntry();
    }

    /** A fixed timestamp, so the same seed gives the same bytes. */
    private static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTime(1_767_225_600_000L); // 2026-01-01
        return e;
    }

    private static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
            + "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
            + "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>"
            + "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
            + "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
            + "</Types>";

    private static final String ROOT_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            + "</Relationships>";

    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private static final String DOCUMENT_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rIdS\" Type=\"" + REL + "styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rIdN\" Type=\"" + REL + "numbering\" Target=\"numbering.xml\"/>"
            + "<Relationship Id=\"rIdFn\" Type=\"" + REL + "footnotes\" Target=\"footnotes.xml\"/>"
            + "<Relationship Id=\"rIdH\" Type=\"" + REL + "header\" Target=\"header1.xml\"/>"
            + "<Relationship Id=\"rIdF\" Type=\"" + REL + "footer\" Target=\"footer1.xml\"/>"
            + "</Relationships>";

    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles " + NS + ">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"SimSun\" w:cs=\"Arial\"/>"
            + "<w:sz w:val=\"22\"/><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"160\" "
            + "w:line=\"259\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:pPr><w:jc w:val=\"both\"/></w:pPr></w:style>"
            + headingStyle(1, 32, "2F5496") + headingStyle(2, 26, "2F5496") + headingStyle(3, 24, "1F3763")
            + "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/><w:contextualSpacing/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"FootnoteText\"><w:name w:val=\"footnote text\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:rPr><w:sz w:val=\"20\"/></w:rPr></w:style>"
            + "<w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"footnote reference\"/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>"
            + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:tblPr><w:tblCellMar><w:left w:w=\"108\" w:type=\"dxa\"/>"
            + "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:style>"
            + "</w:styles>";

    private static String headingStyle(int level, int halfPoints, String colour) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"Heading" + level + "\"><w:name w:val=\"heading " + level + "\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:next w:val=\"Normal\"/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"" + (level == 1 ? 360 : 160) + "\" w:after=\"80\"/>"
                + "<w:jc w:val=\"left\"/><w:outlineLvl w:val=\"" + (level - 1) + "\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Calibri Light\" w:hAnsi=\"Calibri Light\"/>"
                + "<w:color w:val=\"" + colour + "\"/><w:sz w:val=\"" + halfPoints + "\"/></w:rPr></w:style>";
    }

    private static final String NUMBERING = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering " + NS + ">"
            + "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/>"
            + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
}
