package org.inkpool.docx;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Builds small .docx files for tests with POI: an XWPFDocument whose body, styles and numbering are CT
 * beans parsed from WordprocessingML snippets, plus an optional theme part.
 */
public final class TestDocx {
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String NS = "xmlns:w=\"" + W + "\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:wpg=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\""
            + " xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"";

    private String body = "";
    private String title;
    private String author;
    private String styles;
    private String numbering;
    private String minorLatin;
    private String minorEastAsia = "";
    private String minorHans;
    private final java.util.List<byte[]> images = new java.util.ArrayList<>();

    public static TestDocx body(String bodyXml) {
        TestDocx t = new TestDocx();
        t.body = bodyXml;
        return t;
    }

    /** Core properties: title and creator. */
    public TestDocx info(String title, String author) {
        this.title = title;
        this.author = author;
        return this;
    }

    /** The content of w:styles (docDefaults and style elements). */
    public TestDocx styles(String stylesXml) {
        this.styles = stylesXml;
        return this;
    }

    /** The content of w:numbering (abstractNum and num elements). */
    public TestDocx numbering(String numberingXml) {
        this.numbering = numberingXml;
        return this;
    }

    /** A theme whose minor font scheme has this Latin face, East Asian face and Simplified Chinese script face. */
    public TestDocx theme(String latin, String eastAsia, String hans) {
        this.minorLatin = latin;
        this.minorEastAsia = eastAsia;
        this.minorHans = hans;
        return this;
    }

    /** A part of the main document: its name, content type, relationship type and id, and XML. */
    private record ExtraPart(String name, String contentType, String relType, String relId, String xml) {
    }

    private final java.util.List<ExtraPart> parts = new java.util.ArrayList<>();

    /** Adds an XML part related to the main document part under {@code relId}. */
    public TestDocx part(String name, String contentType, String relType, String relId, String xml) {
        parts.add(new ExtraPart(name, contentType, relType, relId, xml));
        return this;
    }

    private final java.util.Map<String, String> hyperlinks = new java.util.LinkedHashMap<>();

    /** Adds an external hyperlink relationship {@code relId} → {@code address}. */
    public TestDocx hyperlink(String relId, String address) {
        hyperlinks.put(relId, address);
        return this;
    }

    /** Adds a picture part; its relationship id is "rIdImg" + index (0-based). */
    public TestDocx image(byte[] data) {
        images.add(data);
        return this;
    }

    public Path write(Path dir, String name) throws Exception {
        Path file = dir.resolve(name);
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getDocument().setBody(CTBody.Factory.parse("<xml-fragment " + NS + ">" + body + "</xml-fragment>"));
            if (styles != null) {
                doc.createStyles().setStyles(CTStyles.Factory.parse("<xml-fragment " + NS + ">" + styles + "</xml-fragment>"));
            }
            if (numbering != null) {
                doc.createNumbering().setNumbering(
                        CTNumbering.Factory.parse("<xml-fragment " + NS + ">" + numbering + "</xml-fragment>"));
            }
            if (title != null) {
                doc.getProperties().getCoreProperties().setTitle(title);
                doc.getProperties().getCoreProperties().setCreator(author);
            }
            PackagePart main = doc.getPackagePart();
            if (minorLatin != null) {
                PackagePartName partName = PackagingURIHelper.createPartName("/word/theme/theme1.xml");
                PackagePart theme = doc.getPackage().createPart(partName,
                        "application/vnd.openxmlformats-officedocument.theme+xml");
                try (OutputStream out = theme.getOutputStream()) {
                    out.write(themeXml().getBytes(StandardCharsets.UTF_8));
                }
                main.addRelationship(partName, TargetMode.INTERNAL, XWPFRelation.THEME.getRelation());
            }
            for (int i = 0; i < images.size(); i++) {
                PackagePartName partName = PackagingURIHelper.createPartName("/word/media/image" + i + ".bin");
                PackagePart img = doc.getPackage().createPart(partName, "image/png");
                try (OutputStream out = img.getOutputStream()) {
                    out.write(images.get(i));
                }
                main.addRelationship(partName, TargetMode.INTERNAL, XWPFRelation.IMAGE_PNG.getRelation(), "rIdImg" + i);
            }
            for (var link : hyperlinks.entrySet()) {
                main.addExternalRelationship(link.getValue(), XWPFRelation.HYPERLINK.getRelation(), link.getKey());
            }
            for (ExtraPart extra : parts) {
                PackagePartName partName = PackagingURIHelper.createPartName(extra.name());
                PackagePart part = doc.getPackage().createPart(partName, extra.contentType());
                try (OutputStream out = part.getOutputStream()) {
                    out.write(extra.xml().getBytes(StandardCharsets.UTF_8));
                }
                main.addRelationship(partName, TargetMode.INTERNAL, extra.relType(), extra.relId());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        return file;
    }

    private String themeXml() {
        String a = "http://schemas.openxmlformats.org/drawingml/2006/main";
        String scheme = "<a:latin typeface=\"%s\"/><a:ea typeface=\"%s\"/><a:cs typeface=\"\"/>"
                + (minorHans == null ? "" : "<a:font script=\"Hans\" typeface=\"" + minorHans + "\"/>");
        return "<a:theme xmlns:a=\"" + a + "\" name=\"Test\"><a:themeElements><a:fontScheme name=\"Test\">"
                + "<a:majorFont>" + String.format(scheme, "Major " + minorLatin, minorEastAsia) + "</a:majorFont>"
                + "<a:minorFont>" + String.format(scheme, minorLatin, minorEastAsia) + "</a:minorFont>"
                + "</a:fontScheme></a:themeElements></a:theme>";
    }

    /** A paragraph with one run of text and optional pPr / rPr content. */
    public static String p(String pPr, String rPr, String text) {
        return "<w:p>" + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>")
                + "<w:r>" + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>")
                + "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    public static String p(String text) {
        return p("", "", text);
    }

    /** A copy of the package {@code source} at {@code out} with one zip entry's text edited. */
    public static Path replaceEntry(Path source, String entryName, UnaryOperator<String> edit, Path out) throws IOException {
        return replaceEntryBytes(source, entryName,
                data -> edit.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8), out);
    }

    /** As {@link #replaceEntry}, on the entry's bytes (another encoding, say). */
    public static Path replaceEntryBytes(Path source, String entryName, UnaryOperator<byte[]> edit, Path out)
            throws IOException {
        try (ZipFile in = new ZipFile(source.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] data;
                try (InputStream is = in.getInputStream(e)) {
                    data = is.readAllBytes();
                }
                if (e.getName().equals(entryName)) {
                    data = edit.apply(data);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out;
    }
}
