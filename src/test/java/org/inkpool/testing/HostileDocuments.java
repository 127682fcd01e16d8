package org.inkpool.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.inkpool.testing.RawDocx.NS;
import static org.inkpool.testing.RawDocx.p;

/**
 * The hostile-input suite: documents built to hurt a converter, by class (zip bombs, picture bombs, deep
 * nesting, cycles, absurd values, invalid characters, missing parts, sheer size, unsafe links). Each says
 * what a good converter does with it: a PDF showing {@code text}, or a typed refusal.
 */
public final class HostileDocuments {
    private HostileDocuments() {
    }

    public enum Expect {
        /** A PDF in which {@code text} can be read. */
        PDF,
        /** A failure of kind {@code text} (a FailureKind name) with a one-line reason. */
        REFUSED,
        /** Either a PDF or a typed one-line reason: both are honest. */
        PDF_OR_REASON
    }

    @FunctionalInterface
    public interface Generator {
        void write(Path file) throws IOException;
    }

    public record Case(String name, String klass, Expect expect, String text, Generator generator) {
        @Override
        public String toString() {
            return klass + ": " + name;
        }
    }

    private static final String TITLE_FIELD_OPEN = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> TITLE </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>The Title</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";

    /** @param loopbackUrl a URL of a local server that counts requests (linked pictures must not reach it) */
    public static List<Case> all(String loopbackUrl) {
        List<Case> c = new ArrayList<>();
        // ---- zip bombs and compressible-but-legitimate parts
        c.add(new Case("one part expands past the per-part limit", "zip", Expect.REFUSED, "TOO_LARGE",
                f -> RawDocx.body("").document(RawDocx.repeated("<w:document " + NS + "><w:body>" + p("bomb"),
                        " ", 530L << 20, "</w:body></w:document>")).write(f)));
        c.add(new Case("many parts expand past the total limit", "zip", Expect.REFUSED, "TOO_LARGE", f -> {
            RawDocx d = RawDocx.body(p("many parts"));
            for (int i = 0; i < 12; i++) {
                d.part("word/filler" + i + ".xml", RawDocx.repeated("<x>", "0", 100L << 20, "</x>"));
            }
            d.write(f);
        }));
        c.add(new Case("a zip bomb nested as an embedded package is not opened", "zip", Expect.PDF, "outer text", f -> {
            Path inner = f.resolveSibling(f.getFileName() + ".inner.zip");
            RawDocx.body("").document(RawDocx.repeated("<w:document " + NS + "><w:body>", " ", 530L << 20,
                    "</w:body></w:document>")).write(inner);
            byte[] bytes = java.nio.file.Files.readAllBytes(inner);
            java.nio.file.Files.delete(inner);
            RawDocx.body(p("outer text")).related("package", "rIdPkg", "embeddings/inner.docx", null,
                    out -> out.write(bytes)).write(f);
        }));
        c.add(new Case("5,000 identical table rows compress 300 times", "zip", Expect.PDF, "row text", f -> {
            String row = "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"4000\" w:type=\"dxa\"/></w:tcPr>" + p("row text")
                    + "</w:tc><w:tc><w:tcPr><w:tcW w:w=\"4000\" w:type=\"dxa\"/></w:tcPr>" + p("same again") + "</w:tc></w:tr>";
            RawDocx.body("<w:tbl><w:tblGrid><w:gridCol w:w=\"4000\"/><w:gridCol w:w=\"4000\"/></w:tblGrid>"
                    + row.repeat(5000) + "</w:tbl>" + p("after the table")).write(f);
        }));
        // ---- decompression-bomb pictures
        c.add(picture("PNG of 20,000 × 20,000 pixels (a real one, 400 megapixels)", "png",
                () -> BombPictures.png(20_000, 20_000)));
        c.add(picture("PNG declaring 60,000 × 60,000 pixels", "png", () -> BombPictures.png(60_000, 60_000, 100)));
        c.add(picture("JPEG claiming 12,000 × 12,000 pixels", "jpeg", () -> BombPictures.jpegClaiming(12_000, 12_000)));
        c.add(picture("JPEG claiming 65,000 × 65,000 pixels", "jpeg", () -> BombPictures.jpegClaiming(65_000, 65_000)));
        c.add(picture("GIF claiming 65,535 × 65,535 pixels", "gif", BombPictures::gifClaimingHuge));
        c.add(picture("BMP claiming 50,000 × 50,000 pixels", "bmp", () -> BombPictures.bmpClaiming(50_000, 50_000)));
        c.add(picture("EMF with bounds of two kilometres", "emf", BombPictures::emfHuge));
        c.add(picture("WMF of 32,767 inches a side", "wmf", BombPictures::wmfHuge));
        // ---- deep nesting
        c.add(new Case("tables nested 60 deep", "nesting", Expect.PDF, "deepest cell", f -> {
            String inner = p("deepest cell");
            for (int i = 0; i < 60; i++) {
                inner = "<w:tbl><w:tblGrid><w:gridCol w:w=\"8000\"/></w:tblGrid><w:tr><w:tc>" + inner + p("") + "</w:tc></w:tr></w:tbl>";
            }
            RawDocx.body(p("before") + inner + p("after")).write(f);
        }));
        c.add(new Case("content controls nested 3,000 deep", "nesting", Expect.PDF_OR_REASON, "inside sdt", f -> {
            String open = "<w:sdt><w:sdtContent>".repeat(3000);
            String close = "</w:sdtContent></w:sdt>".repeat(3000);
            RawDocx.body(p("before") + open + p("inside sdt") + close + p("after")).write(f);
        }));
        c.add(new Case("VML groups nested 300 deep", "nesting", Expect.PDF, "after groups", f -> {
            String groups = "<v:group style=\"width:100pt;height:100pt\" coordsize=\"100,100\">".repeat(300)
                    + "<v:rect style=\"width:10pt;height:10pt\"/>" + "</v:group>".repeat(300);
            RawDocx.body("<w:p><w:r><w:pict>" + groups + "</w:pict></w:r></w:p>" + p("after groups")).write(f);
        }));
        c.add(new Case("fields nested 2,000 deep", "nesting", Expect.PDF, "after fields", f -> {
            String begin = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> QUOTE </w:instrText></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
            String end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
            RawDocx.body("<w:p>" + begin.repeat(2000) + "<w:r><w:t>innermost</w:t></w:r>" + end.repeat(2000) + "</w:p>"
                    + p("after fields")).write(f);
        }));
        c.add(new Case("a field begin that never ends (before a TITLE field)", "nesting", Expect.PDF,
                "the last paragraph", f -> RawDocx.body(TITLE_FIELD_OPEN + p("body text").repeat(50)
                        + p("the last paragraph")).write(f)));
        c.add(new Case("list levels 0 … 200 and a level of 2^31", "nesting", Expect.PDF, "item two hundred", f -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i <= 200; i += 20) {
                b.append("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"").append(i).append("\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>")
                        .append("<w:r><w:t>item ").append(i == 200 ? "two hundred" : String.valueOf(i)).append("</w:t></w:r></w:p>");
            }
            b.append("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"2147483647\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>max</w:t></w:r></w:p>");
            RawDocx.body(b.toString()).numbering("<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                    + "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2.%3.%4.%5.%6.%7.%8.%9.\"/></w:lvl></w:abstractNum>"
                    + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>").write(f);
        }));
        // ---- cycles
        c.add(new Case("styles based on each other and linked in a ring", "cycles", Expect.PDF, "styled text",
                f -> RawDocx.body("<w:p><w:pPr><w:pStyle w:val=\"A\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\"C\"/></w:rPr>"
                        + "<w:t>styled text</w:t></w:r></w:p>").styles(
                        "<w:style w:type=\"paragraph\" w:styleId=\"A\"><w:basedOn w:val=\"B\"/><w:link w:val=\"C\"/></w:style>"
                                + "<w:style w:type=\"paragraph\" w:styleId=\"B\"><w:basedOn w:val=\"A\"/><w:link w:val=\"D\"/></w:style>"
                                + "<w:style w:type=\"character\" w:styleId=\"C\"><w:basedOn w:val=\"D\"/><w:link w:val=\"A\"/></w:style>"
                                + "<w:style w:type=\"character\" w:styleId=\"D\"><w:basedOn w:val=\"C\"/><w:link w:val=\"B\"/></w:style>")
                        .write(f)));
        c.add(new Case("numbering style links in a ring", "cycles", Expect.PDF, "listed",
                f -> RawDocx.body("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
                        + "<w:r><w:t>listed</w:t></w:r></w:p>")
                        .styles("<w:style w:type=\"numbering\" w:styleId=\"L1\"><w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr></w:pPr></w:style>"
                                + "<w:style w:type=\"numbering\" w:styleId=\"L2\"><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>")
                        .numbering("<w:abstractNum w:abstractNumId=\"0\"><w:numStyleLink w:val=\"L1\"/></w:abstractNum>"
                                + "<w:abstractNum w:abstractNumId=\"1\"><w:numStyleLink w:val=\"L2\"/></w:abstractNum>"
                                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                                + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>").write(f)));
        c.add(new Case("a header relationship pointing back at the main part", "cycles", Expect.PDF, "body with header",
                f -> RawDocx.body(p("body with header") + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdSelf\"/>"
                        + "<w:footerReference w:type=\"default\" r:id=\"rIdMissing\"/></w:sectPr>")
                        .related("header", "rIdSelf", "document.xml", null, (RawDocx.PartWriter) null)
                        .related("footer", "rIdMissing", "footer9.xml", null, (RawDocx.PartWriter) null).write(f)));
        // ---- absurd values
        c.add(new Case("zero and negative page size and margins", "absurd", Expect.PDF, "tiny page",
                f -> RawDocx.body(p("tiny page") + "<w:sectPr><w:pgSz w:w=\"0\" w:h=\"-5\"/><w:pgMar w:top=\"-90000\" "
                        + "w:bottom=\"90000\" w:left=\"-1\" w:right=\"2000000000\" w:header=\"-5\" w:footer=\"99999999\"/></w:sectPr>").write(f)));
        c.add(new Case("font sizes 0 and 2^31", "absurd", Expect.PDF, "zero",
                f -> RawDocx.body("<w:p><w:r><w:rPr><w:sz w:val=\"0\"/></w:rPr><w:t>zero</w:t></w:r></w:p>"
                        + "<w:p><w:r><w:rPr><w:sz w:val=\"2147483647\"/></w:rPr><w:t>huge</w:t></w:r></w:p>").write(f)));
        c.add(new Case("5,000 sections", "absurd", Expect.PDF, "section 4999", f -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 5000; i++) {
                b.append("<w:p><w:pPr><w:sectPr><w:type w:val=\"nextPage\"/></w:sectPr></w:pPr><w:r><w:t>section ")
                        .append(i).append("</w:t></w:r></w:p>");
            }
            RawDocx.body(b.toString()).write(f);
        }));
        c.add(new Case("5,000 grid columns", "absurd", Expect.PDF, "after the grid", f -> {
            StringBuilder grid = new StringBuilder();
            StringBuilder cells = new StringBuilder();
            for (int i = 0; i < 5000; i++) {
                grid.append("<w:gridCol w:w=\"2\"/>");
                cells.append("<w:tc>").append(i % 1000 == 0 ? p("cell " + i) : p("")).append("</w:tc>");
            }
            RawDocx.body("<w:tbl><w:tblGrid>" + grid + "</w:tblGrid><w:tr>" + cells + "</w:tr></w:tbl>" + p("after the grid")).write(f);
        }));
        c.add(new Case("a gridSpan of 2^31 - 1", "absurd", Expect.PDF, "spanning",
                f -> RawDocx.body("<w:tbl><w:tblGrid><w:gridCol w:w=\"3000\"/></w:tblGrid><w:tr><w:tc><w:tcPr>"
                        + "<w:gridSpan w:val=\"2147483647\"/></w:tcPr>" + p("spanning") + "</w:tc><w:tc>" + p("next")
                        + "</w:tc></w:tr></w:tbl>").write(f)));
        c.add(new Case("numbering starting at 2^31 - 1 in every format", "absurd", Expect.PDF, "overflow", f -> {
            String[] formats = {"decimal", "upperRoman", "lowerLetter", "ordinal", "cardinalText", "chineseCounting", "bullet"};
            StringBuilder abs = new StringBuilder();
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < formats.length; i++) {
                abs.append("<w:abstractNum w:abstractNumId=\"").append(i).append("\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"2147483647\"/>")
                        .append("<w:numFmt w:val=\"").append(formats[i]).append("\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>");
                for (int k = 0; k < 3; k++) {
                    body.append("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"").append(i + 1)
                            .append("\"/></w:numPr></w:pPr><w:r><w:t>overflow</w:t></w:r></w:p>");
                }
            }
            for (int i = 0; i < formats.length; i++) {
                abs.append("<w:num w:numId=\"").append(i + 1).append("\"><w:abstractNumId w:val=\"").append(i).append("\"/>")
                        .append("<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"-2147483648\"/></w:lvlOverride></w:num>");
            }
            RawDocx.body(body.toString()).numbering(abs.toString()).write(f);
        }));
        // ---- invalid characters
        c.add(new Case("control characters XML allows (DEL, C1 controls, tabs)", "characters", Expect.PDF, "controls",
                f -> RawDocx.body(p("controls \u007F\u0085\u009F\u0080 here")).write(f)));
        c.add(new Case("control characters XML forbids (raw U+0001)", "characters", Expect.PDF_OR_REASON, "",
                f -> RawDocx.body(p("bad \u0001 char")).write(f)));
        c.add(new Case("a lone surrogate as a character reference", "characters", Expect.PDF_OR_REASON, "",
                f -> RawDocx.body(p("lone &#xD800; surrogate")).write(f)));
        c.add(new Case("unpaired bidi controls", "characters", Expect.PDF, "unpaired",
                f -> RawDocx.body(p("unpaired \u202E\u202E\u2067 embedding") + p("\u202C\u2069\u202C closes")).write(f)));
        c.add(new Case("10,000 combining marks on one letter", "characters", Expect.PDF, "marks",
                f -> RawDocx.body(p("marks a" + "\u0301".repeat(10_000) + " end")).write(f)));
        c.add(new Case("noncharacters and private use", "characters", Expect.PDF, "private",
                f -> RawDocx.body(p("private \uE000\uF8FF \uD83F\uDFFE done")).write(f)));
        // ---- missing parts
        c.add(new Case("relationships to nothing (picture, header, styles)", "missing", Expect.PDF, "still here",
                f -> RawDocx.body(p("still here") + RawDocx.picture("rIdGone", 914400, 914400) + RawDocx.picture("rIdNoRel", 914400, 914400)
                        + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHdr\"/></w:sectPr>")
                        .related("image", "rIdGone", "media/gone.png", null, (RawDocx.PartWriter) null)
                        .related("header", "rIdHdr", "header1.xml", null, (RawDocx.PartWriter) null)
                        .related("styles", "rIdSty", "styles.xml", null, (RawDocx.PartWriter) null).write(f)));
        c.add(new Case("note references to no note", "missing", Expect.PDF, "noted",
                f -> RawDocx.body("<w:p><w:r><w:t>noted</w:t></w:r><w:r><w:footnoteReference w:id=\"99\"/></w:r>"
                        + "<w:r><w:endnoteReference w:id=\"-7\"/></w:r></w:p>").write(f)));
        c.add(new Case("styles that do not exist", "missing", Expect.PDF, "unstyled",
                f -> RawDocx.body("<w:p><w:pPr><w:pStyle w:val=\"Nope\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\"Nada\"/></w:rPr>"
                        + "<w:t>unstyled</w:t></w:r></w:p><w:tbl><w:tblPr><w:tblStyle w:val=\"Gone\"/></w:tblPr><w:tr><w:tc>"
                        + p("cell") + "</w:tc></w:tr></w:tbl>").styles("").write(f)));
        // ---- sheer size
        c.add(new Case("a 2 MB word with no break", "size", Expect.PDF, "aaaa",
                f -> RawDocx.body("").document(RawDocx.repeated("<w:document " + NS + "><w:body><w:p><w:r><w:t>",
                        "a", 2L << 20, "</w:t></w:r></w:p></w:body></w:document>")).write(f)));
        c.add(new Case("200,000 paragraphs", "size", Expect.PDF, "paragraph",
                f -> RawDocx.body("").document(RawDocx.repeated("<w:document " + NS + "><w:body>",
                        p("paragraph"), 200_000L * p("paragraph").length(), "</w:body></w:document>")).write(f)));
        // ---- security
        c.add(new Case("a picture linked by URL is not fetched", "security", Expect.PDF, "linked picture",
                f -> RawDocx.body(p("linked picture") + RawDocx.linkedPicture("rIdUrl"))
                        .external("image", "rIdUrl", loopbackUrl + "/picture.png").write(f)));
        c.add(new Case("javascript:, file: and launch hyperlinks", "security", Expect.PDF, "click",
                f -> RawDocx.body("<w:p><w:hyperlink r:id=\"rIdJs\"><w:r><w:t>click js</w:t></w:r></w:hyperlink>"
                        + "<w:hyperlink r:id=\"rIdFile\"><w:r><w:t>click file</w:t></w:r></w:hyperlink>"
                        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK \"javascript:app.alert(1)\" </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>click field</w:t></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>")
                        .external("hyperlink", "rIdJs", "javascript:app.alert('x')")
                        .external("hyperlink", "rIdFile", "file:///etc/passwd").write(f)));
        c.add(new Case("a DOCTYPE with an external entity", "security", Expect.REFUSED, "CORRUPT",
                f -> RawDocx.body(p("&xxe;")).prolog("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY xxe SYSTEM \""
                        + loopbackUrl + "/entity\">]>").write(f)));
        return c;
    }

    private static Case picture(String name, String ext, PictureBytes bytes) {
        return new Case(name, "pictures", Expect.PDF, "text after the picture",
                f -> RawDocx.body(p("text before the picture") + RawDocx.picture("rIdBomb", 3 * 914400, 2 * 914400)
                        + p("text after the picture")).image("rIdBomb", "bomb." + ext, bytes.get()).write(f));
    }

    @FunctionalInterface
    private interface PictureBytes {
        byte[] get() throws IOException;
    }
}
