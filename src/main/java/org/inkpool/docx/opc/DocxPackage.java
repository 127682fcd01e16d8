package org.inkpool.docx.opc;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/** The parts of an opened Word package the reader needs, found by relationship (Transitional or Strict). */
public final class DocxPackage {
    private final OPCPackage pkg;
    private final PackagePart main;

    private DocxPackage(OPCPackage pkg, PackagePart main) {
        this.pkg = pkg;
        this.main = main;
    }

    /** Finds the main document part; null when the package has none. */
    public static DocxPackage of(OPCPackage pkg) throws InvalidFormatException {
        for (PackageRelationship rel : pkg.getRelationships()) {
            if (rel.getRelationshipType().endsWith("/officeDocument")
                    && rel.getTargetMode() != TargetMode.EXTERNAL) {
                PackagePart part = pkg.getPart(PackagingURIHelper.createPartName(rel.getTargetURI()));
                if (part != null) {
                    return new DocxPackage(pkg, part);
                }
            }
        }
        return null;
    }

    OPCPackage opc() {
        return pkg;
    }

    public PackagePart main() {
        return main;
    }

    /** The part the main document relates to with a relationship type ending in "/" + kind, or null. */
    public PackagePart related(String kind) throws InvalidFormatException {
        for (PackageRelationship rel : main.getRelationships()) {
            if (rel.getRelationshipType().endsWith("/" + kind) && rel.getTargetMode() != TargetMode.EXTERNAL) {
                return partFor(rel);
            }
        }
        return null;
    }

    public PackagePart partFor(PackageRelationship rel) throws InvalidFormatException {
        URI target = PackagingURIHelper.resolvePartUri(rel.getSourceURI(), rel.getTargetURI());
        return pkg.getPart(PackagingURIHelper.createPartName(target));
    }

    public static Document parse(PackagePart part) throws IOException, SAXException {
        try (InputStream in = part.getInputStream()) {
            return SecureXml.parse(in);
        }
    }
}
