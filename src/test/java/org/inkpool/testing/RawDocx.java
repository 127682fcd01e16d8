package org.inkpool.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a Word package byte by byte, so a test can build what no well-behaved library would write: huge
 * parts, missing targets, cycles, damaged pictures. Parts are streamed, so a 600 MB part costs no memory.
 */
public final class RawDocx {
    public static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\"";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /** Writes a part's bytes to the zip, in pieces. */
    @FunctionalInterface
    public interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    private String body = "";
    private String bodyPrefix = "";
    private final Map<String, PartWriter> parts = new LinkedHashMap<>();
    private final List<String> rels = new ArrayList<>();
    private final List<String> overrides = new ArrayList<>();
    private PartWriter document;

    public static RawDocx body(String bodyXml) {
        RawDocx d = new RawDocx();
        d.body = bodyXml;
        return d;
    }

    /** A whole document part written by {@code writer} instead of the body given (huge or malformed ones). */
    public RawDocx document(PartWriter writer) {
        this.document = writer;
        return this;
    }

    /** Text before the root element of document.xml (a DOCTYPE). */
    public RawDocx prolog(String text) {
        this.bodyPrefix = text;
        return this;
    }

    /** A part related to the main document: relationship type (last segment), id, target, content type. */
    public RawDocx related(String type, String id, String target, String contentType, PartWriter content) {
        rels.add("<Relationship Id=\"" + id + "\" Type=\"" + REL + type + "\" Target=\"" + target + "\"/>");
        if (content != null) {
            parts.put("word/" + target, content);
            if (contentType != null) {
                overrides.add("<Override PartName=\"/word/" + target + "\" ContentType=\"" + contentType + "\"/>");
            }
        }
        return this;
    }

    public RawDocx related(String type, String id, String target, String contentType, String xml) {
        return related(type, id, target, contentType, xml == null ? null : text(xml));
    }

    /** A relationship to an outside target (a linked picture's URL, a hyperlink). */
    public RawDocx external(String type, String id, String url) {
        rels.add("<Relationship Id=\"" + id + "\" Type=\"" + REL + type + "\" Target=\"" + url.replace("&", "&amp;")
                + "\" TargetMode=\"External\"/>");
        return this;
    }

    /** A part no relationship points at (or one a part's own relationships point at). */
    public RawDocx part(String name, PartWriter content) {
        parts.put(name, content);
        return this;
    }

    public RawDocx styles(String inner) {
        return related("styles", "rIdStyles", "styles.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
                "<w:styles " + NS + ">" + inner + "</w:styles>");
    }

    public RawDocx numbering(String inner) {
        return related("numbering", "rIdNumbering", "numbering.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
                "<w:numbering " + NS + ">" + inner + "</w:numbering>");
    }

    public RawDocx image(String id, String name, byte[] data) {
        return related("image", id, "media/" + name, null, out -> out.write(data));
    }

    public static PartWriter text(String xml) {
        return out -> out.write(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** About {@code bytes} bytes of {@code unit} repeated (highly compressible filler) between prefix and suffix. */
    public static PartWriter repeated(String prefix, String unit, long bytes, String suffix) {
        return out -> {
            out.write(prefix.getBytes(StandardCharsets.UTF_8));
            byte[] u = unit.repeat(Math.max(1, 65536 / Math.max(1, unit.length()))).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written + u.length <= bytes; written += u.length) {
                out.write(u);
            }
            out.write(suffix.getBytes(StandardCharsets.UTF_8));
        };
    }

    public Path write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw)) {
            zip.setLevel(Deflater.BEST_SPEED);
            put(zip, "[Content_Types].xml", text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Default Extension=\"png\" ContentType=\"image/png\"/><Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>"
                    + "<Default Extension=\"gif\" ContentType=\"image/gif\"/><Default Extension=\"bmp\" ContentType=\"image/bmp\"/>"
                    + "<Default Extension=\"emf\" ContentType=\"image/x-emf\"/><Default Extension=\"wmf\" ContentType=\"image/x-wmf\"/>"
                    + "<Default Extension=\"docx\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document\"/>"
                    + "<Default Extension=\"bin\" ContentType=\"application/vnd.openxmlformats-officedocument.oleObject\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + String.join("", overrides) + "</Types>"));
            put(zip, "_rels/.rels", text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>"));
            put(zip, "word/document.xml", document != null ? document
                    : text(bodyPrefix + "<w:document " + NS + "><w:body>" + body + "</w:body></w:document>"));
            put(zip, "word/_rels/document.xml.rels", text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + String.join("", rels) + "</Relationships>"));
            for (Map.Entry<String, PartWriter> p : parts.entrySet()) {
                put(zip, p.getKey(), p.getValue());
            }
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, PartWriter content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        content.write(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                zip.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
            }
        });
        zip.closeEntry();
    }

    /** A paragraph of plain text. */
    public static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    /** An inline picture drawn at the given size in EMU, from relationship {@code relId}. */
    public static String picture(String relId, long cx, long cy) {
        return "<w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"" + cx + "\" cy=\"" + cy + "\"/><wp:docPr id=\"1\" name=\"p\"/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
                + "<pic:nvPicPr><pic:cNvPr id=\"1\" name=\"p\"/><pic:cNvPicPr/></pic:nvPicPr>"
                + "<pic:blipFill><a:blip r:embed=\"" + relId + "\"/></pic:blipFill>"
                + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx + "\" cy=\"" + cy + "\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"/></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";
    }

    /** A picture linked (not embedded) by relationship {@code relId}. */
    public static String linkedPicture(String relId) {
        return picture(relId, 914400, 914400).replace("r:embed=", "r:link=");
    }
}
