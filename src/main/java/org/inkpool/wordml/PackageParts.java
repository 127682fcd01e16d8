package org.inkpool.wordml;

import org.inkpool.docx.opc.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The in-memory .docx a Word 2003 XML file becomes: XML parts with their relationships, media parts, the
 * content types; written as zip bytes for the docx reader. Nothing touches the disk.
 */
final class PackageParts {
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

    /** One XML part being built, with the relationships from it. */
    static final class Part {
        final String name;
        final String contentType;
        final Document xml;
        final Element root;
        /** The id of the main part's relationship to this part (null for the main part). */
        String relId;
        private final List<String[]> rels = new ArrayList<>();

        private Part(String name, String contentType, String rootName) {
            this.name = name;
            this.contentType = contentType;
            this.xml = SecureXml.newDocument();
            this.root = xml.createElementNS(Vocabulary.W, "w:" + rootName);
            declare(root, "w", Vocabulary.W);
            declare(root, "r", Vocabulary.R);
            Vocabulary.SHARED_PREFIXES.forEach((ns, prefix) -> declare(root, prefix, ns));
            xml.appendChild(root);
        }

        /** A relationship from this part; its id. */
        String relate(String type, String target, boolean external) {
            String id = "rId" + (rels.size() + 1);
            rels.add(new String[] {id, RELATIONSHIPS + type, target, external ? "External" : null});
            return id;
        }

        Element create(String wName) {
            return xml.createElementNS(Vocabulary.W, "w:" + wName);
        }
    }

    private final Part main;
    private final Map<String, Part> parts = new LinkedHashMap<>();
    private final Map<String, byte[]> media = new LinkedHashMap<>();
    private String coreProperties;

    PackageParts() {
        main = new Part("word/document.xml", WML + "document.main+xml", "document");
        parts.put(main.name, main);
    }

    Part main() {
        return main;
    }

    /**
     * A new part of the main document (styles, numbering, header3…) with a w: root element named
     * {@code rootName}, related from the main part with {@code relType}.
     */
    Part add(String fileName, String kind, String relType, String rootName) {
        Part part = new Part("word/" + fileName, WML + kind + "+xml", rootName);
        parts.put(part.name, part);
        part.relId = main.relate(relType, fileName, false);
        return part;
    }

    /** Adds a media part once per name; its target relative to word/. */
    String media(String fileName, byte[] data) {
        media.putIfAbsent("word/media/" + fileName, data);
        return "media/" + fileName;
    }

    void coreProperties(String xml) {
        coreProperties = xml;
    }

    byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(1); // read back at once: compressing hard buys nothing
            put(zip, "[Content_Types].xml", contentTypes().getBytes(StandardCharsets.UTF_8));
            StringBuilder rootRels = new StringBuilder("<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS
                    + "officeDocument\" Target=\"word/document.xml\"/>");
            if (coreProperties != null) {
                rootRels.append("<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
                        + "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>");
                put(zip, "docProps/core.xml", coreProperties.getBytes(StandardCharsets.UTF_8));
            }
            put(zip, "_rels/.rels", relsXml(rootRels.toString()).getBytes(StandardCharsets.UTF_8));
            for (Part part : parts.values()) {
                put(zip, part.name, serialize(part.xml));
                if (!part.rels.isEmpty()) {
                    int slash = part.name.lastIndexOf('/');
                    String relsName = part.name.substring(0, slash) + "/_rels/" + part.name.substring(slash + 1)
                            + ".rels";
                    put(zip, relsName, relsXml(relationships(part)).getBytes(StandardCharsets.UTF_8));
                }
            }
            for (Map.Entry<String, byte[]> m : media.entrySet()) {
                put(zip, m.getKey(), m.getValue());
            }
        }
        return bytes.toByteArray();
    }

    private String contentTypes() {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        media.keySet().stream().map(PackageParts::extension).distinct().forEach(ext -> out.append(
                "<Default Extension=\"").append(ext).append("\" ContentType=\"").append(mediaType(ext)).append("\"/>"));
        for (Part part : parts.values()) {
            out.append("<Override PartName=\"/").append(part.name).append("\" ContentType=\"")
                    .append(part.contentType).append("\"/>");
        }
        if (coreProperties != null) {
            out.append("<Override PartName=\"/docProps/core.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-package.core-properties+xml\"/>");
        }
        return out.append("</Types>").toString();
    }

    private static String relationships(Part part) {
        StringBuilder out = new StringBuilder();
        for (String[] rel : part.rels) {
            out.append("<Relationship Id=\"").append(rel[0]).append("\" Type=\"").append(rel[1])
                    .append("\" Target=\"").append(escape(rel[2])).append('"');
            if (rel[3] != null) {
                out.append(" TargetMode=\"").append(rel[3]).append('"');
            }
            out.append("/>");
        }
        return out.toString();
    }

    private static String relsXml(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\""
                + PACKAGE_RELS + "\">" + body + "</Relationships>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }

    private static byte[] serialize(Document xml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(xml, out);
        return out.toByteArray();
    }

    private static void write(Document xml, OutputStream out) throws IOException {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer t = factory.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.transform(new DOMSource(xml), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException("The translated document could not be written: " + e.getMessage(), e);
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return name.substring(dot + 1);
    }

    private static String mediaType(String ext) {
        return switch (ext.toLowerCase(Locale.ROOT)) {
            case "png" -> "image/png";
            case "jpg", "jpeg", "jpe" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "bmp", "dib" -> "image/bmp";
            case "tif", "tiff" -> "image/tiff";
            case "wmf" -> "image/x-wmf";
            case "emf" -> "image/x-emf";
            case "wmz", "emz" -> "image/x-" + ext.substring(0, 2) + "z";
            default -> "application/octet-stream";
        };
    }

    private static void declare(Element root, String prefix, String ns) {
        root.setAttributeNS(Vocabulary.XMLNS, "xmlns:" + prefix, ns);
    }
}
