package org.inkpool.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.inkpool.layout.page.Destination;
import org.inkpool.layout.page.LinkArea;
import org.inkpool.layout.page.OutlineEntry;
import org.inkpool.layout.page.Page;
import org.inkpool.layout.page.PageMarks;
import org.inkpool.model.section.PageNumberFormat;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a reader navigates by: link annotations over linked text (addresses and bookmarks), the outline
 * (bookmarks panel) from the headings or the Word bookmarks, and page labels where sections restart or change their numbering.
 */
final class PdfNavigation {

    /** A bookmark's place: page index and point (page coordinates, y down). */
    private record Place(int page, double x, double y) {
    }

    private final PDDocument pdf;
    private final List<Page> pages;
    private final StructureTree structure;
    /** The PDF's pages, listed once: PDDocument.getPage(i) walks the page tree, which costs O(n) each time. */
    private List<PDPage> pdfPages;
    private final Map<String, Place> places = new HashMap<>();
    private final boolean bookmarksOutline;

    PdfNavigation(PDDocument pdf, List<Page> pages) {
        this(pdf, pages, null, false);
    }

    /**
     * With {@code structure} (null for an untagged PDF), each link annotation gets its Link element; with
     * {@code bookmarksOutline} the outline lists the Word bookmarks instead of the headings.
     */
    PdfNavigation(PDDocument pdf, List<Page> pages, StructureTree structure, boolean bookmarksOutline) {
        this.structure = structure;
        this.bookmarksOutline = bookmarksOutline;
        this.pdf = pdf;
        this.pages = pages;
        for (int i = 0; i < pages.size(); i++) {
            for (Destination d : pages.get(i).marks().destinations()) {
                places.putIfAbsent(d.name(), new Place(i, d.x(), d.y()));
                // Word matches bookmark names without regard to case
                places.putIfAbsent(d.name().toLowerCase(Locale.ROOT), new Place(i, d.x(), d.y()));
            }
        }
    }

    void apply() throws IOException {
        pdfPages = new java.util.ArrayList<>(pages.size());
        pdf.getPages().forEach(pdfPages::add);
        links();
        outline();
        pageLabels();
    }

    private void links() throws IOException {
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            PDPage pdfPage = pdfPages.get(i);
            for (int index = 0; index < page.marks().links().size(); index++) {
                LinkArea area = page.marks().links().get(index);
                PDAnnotationLink link = new PDAnnotationLink();
                link.setRectangle(new PDRectangle((float) area.x(), (float) (page.height() - area.y() - area.height()),
                        (float) area.width(), (float) area.height()));
                link.setBorderStyle(noBorder);
                link.setPrinted(true);
                if (area.target().isInternal()) {
                    PDPageXYZDestination to = destination(area.target().bookmark());
                    if (to == null) {
                        continue; // a link to a bookmark the document does not have leads nowhere
                    }
                    link.setDestination(to);
                    if (structure != null) {
                        // a tagged link says where it leads (PDF/UA 7.18.5)
                        link.setContents("Go to page " + (pdfPages.indexOf(to.getPage()) + 1));
                    }
                } else {
                    PDActionURI uri = new PDActionURI();
                    uri.setURI(area.target().uri());
                    link.setAction(uri);
                    link.setContents(area.target().uri());
                }
                pdfPage.getAnnotations().add(link);
                if (structure != null) {
                    COSDictionary owner = structure.find(page.marks().ownerOf(index));
                    structure.link(link, pdfPage, owner == null ? structure.document() : owner);
                }
            }
        }
    }

    private PDPageXYZDestination destination(String bookmark) {
        Place place = places.get(bookmark);
        if (place == null) {
            place = places.get(bookmark.toLowerCase(Locale.ROOT));
        }
        return place == null ? null : at(place.page(), place.x(), place.y());
    }

    /** A view of the page with the point at its top left, zoom unchanged. */
    private PDPageXYZDestination at(int pageIndex, double x, double y) {
        PDPageXYZDestination d = new PDPageXYZDestination();
        d.setPage(pdfPages.get(pageIndex));
        d.setLeft((int) Math.floor(x));
        d.setTop((int) Math.ceil(pages.get(pageIndex).height() - y));
        return d;
    }

    private void outline() {
        PDDocumentOutline root = new PDDocumentOutline();
        if (!(bookmarksOutline ? bookmarkOutline(root) : headingOutline(root))) {
            return;
        }
        for (PDOutlineItem top : root.children()) {
            top.openNode(); // the first level shows its children, as Word's navigation pane does
        }
        root.openNode();
        pdf.getDocumentCatalog().setDocumentOutline(root);
        pdf.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    /**
     * Word's "Create bookmarks using: Word bookmarks": one entry per bookmark, in document order, named as
     * the bookmark; hidden bookmarks (a name starting with '_': _Toc…, _Ref…, _GoBack) are left out, as Word
     * leaves them out.
     */
    private boolean bookmarkOutline(PDDocumentOutline root) {
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (int i = 0; i < pages.size(); i++) {
            for (Destination d : pages.get(i).marks().destinations()) {
                if (d.name().isEmpty() || d.name().startsWith("_") || !listed.add(d.name())) {
                    continue;
                }
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(d.name());
                item.setDestination(at(i, d.x(), d.y()));
                root.addLast(item);
            }
        }
        return !listed.isEmpty();
    }

    /** Headings nest by level: a heading goes under the nearest heading before it of a smaller level. */
    private boolean headingOutline(PDDocumentOutline root) {
        Deque<PDOutlineNode> parents = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        boolean any = false;
        for (int i = 0; i < pages.size(); i++) {
            for (OutlineEntry h : pages.get(i).marks().headings()) {
                while (!levels.isEmpty() && levels.peek() >= h.level()) {
                    levels.pop();
                    parents.pop();
                }
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(h.title().length() > 512 ? h.title().substring(0, 512) : h.title());
                item.setDestination(at(i, h.x(), h.y()));
                (parents.isEmpty() ? root : parents.peek()).addLast(item);
                parents.push(item);
                levels.push(h.level());
                any = true;
            }
        }
        return any;
    }

    /**
     * Page labels, so a viewer shows "iii" or "5" as the pages do: a new range where the format changes or
     * the numbering does not simply go on. None when the pages are numbered 1, 2, 3… in order.
     */
    private void pageLabels() throws IOException {
        PDPageLabels labels = new PDPageLabels(pdf);
        boolean plain = true;
        PageMarks previous = null;
        for (int i = 0; i < pages.size(); i++) {
            PageMarks m = pages.get(i).marks();
            if (m.number() < 1) {
                return; // PDF page labels count from 1: a page 0 cannot be labelled faithfully
            }
            boolean continues = previous != null && previous.format() == m.format()
                    && m.number() == previous.number() + 1;
            if (!continues) {
                PDPageLabelRange range = new PDPageLabelRange();
                range.setStyle(style(m.format()));
                range.setStart(m.number());
                labels.setLabelItem(i, range);
            }
            plain &= m.format() == PageNumberFormat.DECIMAL && m.number() == i + 1;
            previous = m;
        }
        if (!plain) {
            pdf.getDocumentCatalog().setPageLabels(labels);
        }
    }

    private static String style(PageNumberFormat format) {
        return switch (format) {
            case LOWER_ROMAN -> PDPageLabelRange.STYLE_ROMAN_LOWER;
            case UPPER_ROMAN -> PDPageLabelRange.STYLE_ROMAN_UPPER;
            case LOWER_LETTER -> PDPageLabelRange.STYLE_LETTERS_LOWER;
            case UPPER_LETTER -> PDPageLabelRange.STYLE_LETTERS_UPPER;
            case DECIMAL -> PDPageLabelRange.STYLE_DECIMAL;
        };
    }
}
