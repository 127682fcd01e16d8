package org.inkpool.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.inkpool.layout.page.StructRole;
import org.inkpool.layout.page.Tag;

import java.util.HashMap;
import java.util.Map;

/**
 * The document's logical structure (ISO 32000-1 §14.7): a Document element holding headings, paragraphs,
 * lists, tables, figures and notes in the order their content is painted, each element made once per
 * key layout gave it; and the parent tree that leads from marked content and annotations back to their
 * elements. Built at the COS level so every kid and reference is written exactly as the standard asks.
 */
final class StructureTree {

    private static final COSName STRUCT_ELEM = COSName.getPDFName("StructElem");

    private final COSDictionary document;
    private final PDStructureTreeRoot root;
    private final Map<ElementKey, COSDictionary> elements = new HashMap<>();
    /** Parent tree entries: per page its elements by MCID, per annotation its element. */
    private final COSArray nums = new COSArray();
    private int nextParentKey;

    /** The element layout's tag stands for: its key compared by identity, with the role. */
    private record ElementKey(org.inkpool.layout.page.StructKey key, StructRole role) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ElementKey k && k.key == key && k.role == role;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(key) * 31 + role.hashCode();
        }
    }

    StructureTree(PDDocument pdf) {
        root = new PDStructureTreeRoot();
        pdf.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        pdf.getDocumentCatalog().setMarkInfo(markInfo);
        document = element("Document", root.getCOSObject());
        root.getCOSObject().setItem(COSName.K, document);
    }

    COSDictionary document() {
        return document;
    }

    /** The element a tag opens under {@code parent}: made on its first opening, found again on later ones. */
    COSDictionary open(Tag tag, COSDictionary parent, PDPage page) {
        ElementKey key = tag.key() == null ? null : new ElementKey(tag.key(), tag.role());
        COSDictionary existing = key == null ? null : elements.get(key);
        if (existing != null) {
            return existing;
        }
        COSDictionary container = parent;
        if (tag.role() == StructRole.LI) {
            container = listFor(parent);
        }
        COSDictionary made = element(tag.role().pdfName(), container);
        made.setItem(COSName.PG, page);
        if (tag.alt() != null) {
            made.setString(COSName.ALT, tag.alt());
        }
        if (tag.role() == StructRole.NOTE) {
            made.setString(COSName.ID, "note" + elements.size()); // PDF/UA 7.9: a note is identified
        }
        if (tag.role() == StructRole.TH) {
            // header rows head the columns below them (Word marks rows, not cells, as headers)
            COSDictionary scope = new COSDictionary();
            scope.setDirect(true);
            scope.setName(COSName.O, "Table");
            scope.setName(COSName.getPDFName("Scope"), "Column");
            made.setItem(COSName.A, scope);
        }
        addKid(container, made);
        if (key != null) {
            elements.put(key, made);
        }
        return made;
    }

    /** Consecutive list items share one L element: the parent's last kid if it is a list, else a new one. */
    private COSDictionary listFor(COSDictionary parent) {
        COSBase kids = parent.getDictionaryObject(COSName.K);
        COSBase last = kids instanceof COSArray array && array.size() > 0 ? array.getObject(array.size() - 1) : kids;
        if (last instanceof COSDictionary d && "L".equals(d.getNameAsString(COSName.S))) {
            return d;
        }
        COSDictionary list = element("L", parent);
        addKid(parent, list);
        return list;
    }

    /** The element owning a tag already opened (null when layout's tag made none, as for artifacts). */
    COSDictionary find(Tag tag) {
        return tag == null || tag.key() == null || tag.role() == null ? null
                : elements.get(new ElementKey(tag.key(), tag.role()));
    }

    /**
     * Marked content {@code mcid} on {@code page} belongs to {@code element}: the bare MCID when the page is
     * the element's own (its /Pg), a marked-content reference naming the page only where the element goes on
     * from another page. One dictionary less per paragraph: a PDFBox dictionary and its entry in the writer's
     * cross-reference take ~0.5 KB, 100 MB for a 200,000-paragraph document.
     */
    static void addContent(COSDictionary element, PDPage page, int mcid) {
        if (element.getItem(COSName.PG) == page.getCOSObject()) {
            addKid(element, COSInteger.get(mcid));
            return;
        }
        COSDictionary mcr = new COSDictionary();
        mcr.setDirect(true); // written inside the element: no object of its own
        mcr.setItem(COSName.TYPE, COSName.getPDFName("MCR"));
        mcr.setItem(COSName.PG, page);
        mcr.setInt(COSName.MCID, mcid);
        addKid(element, mcr);
    }

    /** Records a page's elements by MCID in the parent tree and gives the page its key. */
    void pageDone(PDPage page, java.util.List<COSDictionary> byMcid) {
        int key = nextParentKey++;
        COSArray array = new COSArray();
        byMcid.forEach(array::add);
        nums.add(COSInteger.get(key));
        nums.add(array);
        page.setStructParents(key);
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    }

    /** A Link element under {@code owner} holding the annotation by an object reference. */
    void link(PDAnnotation annotation, PDPage page, COSDictionary owner) {
        COSDictionary link = element(StructRole.LINK.pdfName(), owner);
        link.setItem(COSName.PG, page);
        COSDictionary objr = new COSDictionary();
        objr.setDirect(true);
        objr.setItem(COSName.TYPE, COSName.getPDFName("OBJR"));
        objr.setItem(COSName.PG, page);
        objr.setItem(COSName.OBJ, annotation);
        addKid(link, objr);
        addKid(owner, link);
        int key = nextParentKey++;
        annotation.setStructParent(key);
        nums.add(COSInteger.get(key));
        nums.add(link);
    }

    /** Writes the parent tree: called once every page and annotation is in. */
    void finish() {
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, nums);
        root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
        root.setParentTreeNextKey(nextParentKey);
    }

    private static COSDictionary element(String type, COSDictionary parent) {
        COSDictionary e = new COSDictionary();
        e.setItem(COSName.TYPE, STRUCT_ELEM);
        e.setName(COSName.S, type);
        e.setItem(COSName.P, parent);
        return e;
    }

    private static void addKid(COSDictionary parent, COSBase kid) {
        COSBase kids = parent.getDictionaryObject(COSName.K);
        if (kids == null) {
            parent.setItem(COSName.K, kid);
        } else if (kids instanceof COSArray array) {
            array.add(kid);
        } else {
            COSArray array = new COSArray();
            array.add(kids);
            array.add(kid);
            parent.setItem(COSName.K, array);
        }
    }
}
