package org.inkpool.docx;

import org.inkpool.docx.body.FieldInstruction;
import org.inkpool.docx.body.LinkField;
import org.inkpool.docx.body.NoteMarks;
import org.inkpool.docx.body.RevisionView;
import org.inkpool.docx.body.Revisions;
import org.inkpool.docx.chart.ChartLoader;
import org.inkpool.docx.media.ImageLoader;
import org.inkpool.docx.opc.DocxPackage;
import org.inkpool.docx.opc.Ooxml;
import org.inkpool.docx.style.CompatibilityMode;
import org.inkpool.docx.style.FontNames;
import org.inkpool.docx.style.Numbering;
import org.inkpool.docx.style.StyleSheet;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.w3c.dom.Element;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything shared while one document's body is read: the resolved parts, the list counters, and the
 * state of complex fields (which may span paragraphs).
 */
public final class ReadContext {
    /** mc:Choice branches whose required namespaces this reader understands. */
    private static final Set<String> UNDERSTOOD = Set.of(
            "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
            "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
            "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
            "http://schemas.microsoft.com/office/word/2010/wordml",
            "http://schemas.microsoft.com/office/word/2012/wordml",
            "http://schemas.microsoft.com/office/drawing/2010/main");

    /** Nesting deeper than this (tables in text boxes in tables…) is hostile or broken: it is cut off. */
    public static final int MAX_DEPTH = 40;

    public final DocxPackage pkg;
    public final PackagePart part;
    public final StyleSheet styles;
    public final Numbering numbering;
    public final FontNames fonts;
    public final double defaultTabStop;
    public final ImageLoader images;
    public final ChartLoader charts;
    public final Warnings warnings;
    public final Function<String, String> styleNumId;
    /** w:compatSetting compatibilityMode (tables sit differently below 15). */
    public int compatibilityMode = CompatibilityMode.DEFAULT;
    /** w:adjustLineHeightInTable: table cells follow the document grid. */
    public boolean gridInTables;
    /** Footnote and endnote marks, shared by the body and the parts read for it. */
    public final NoteMarks noteMarks;
    /** The open complex fields, innermost first. */
    private final Deque<OpenField> fields = new ArrayDeque<>();
    /** Field begins met so far in the story being read, and those that are known never to end. */
    private int fieldBegins;
    private Set<Integer> neverClosed = Set.of();
    /** While a note's own text is read: the mark its w:footnoteRef / w:endnoteRef shows. */
    public String currentNoteMark = "";
    /** While a header or footer is read: where its floating objects go, apart from its flow. Null elsewhere. */
    public java.util.List<org.inkpool.model.Block> floating;
    public int depth;
    /** Bookmarks met outside a paragraph or in an empty one: they belong to the next paragraph with text. */
    public final java.util.List<String> pendingBookmarks = new java.util.ArrayList<>();
    /** How tracked changes show; the markup view unless the reader was asked for another. */
    public Revisions revisions = new Revisions(RevisionView.ALL_MARKUP);
    /**
     * Whether a floating shape's geometry is drawn: the layout places anchored objects where their anchor
     * says, so it is, by default. False reads only a floating shape's text and pictures (the behaviour
     * before floats were placed), kept for comparison.
     */
    public boolean anchoredShapesPlaced = true;
    /** The theme's colours and line styles, for shapes. */
    org.inkpool.docx.drawing.ShapeTheme shapeTheme = org.inkpool.docx.drawing.ShapeTheme.OFFICE;

    public ReadContext(DocxPackage pkg, PackagePart part, StyleSheet styles, Numbering numbering, FontNames fonts,
                double defaultTabStop, ImageLoader images, Warnings warnings) {
        this(pkg, part, styles, numbering, fonts, defaultTabStop, images, warnings, new NoteMarks());
    }

    private ReadContext(DocxPackage pkg, PackagePart part, StyleSheet styles, Numbering numbering, FontNames fonts,
                        double defaultTabStop, ImageLoader images, Warnings warnings, NoteMarks noteMarks) {
        this.pkg = pkg;
        this.part = part;
        this.styles = styles;
        this.numbering = numbering;
        this.fonts = fonts;
        this.defaultTabStop = defaultTabStop;
        this.images = images;
        this.charts = new ChartLoader(pkg, fonts, warnings);
        this.warnings = warnings;
        this.noteMarks = noteMarks;
        this.styleNumId = id -> styles.flatParagraph(id).numId;
    }

    /** A context for another part (a header, the footnotes): its own relationships and fields, shared marks. */
    public ReadContext forPart(PackagePart other) {
        ReadContext forOther = new ReadContext(pkg, other, styles, numbering, fonts, defaultTabStop, images,
                warnings, noteMarks);
        forOther.compatibilityMode = compatibilityMode;
        forOther.revisions = revisions;
        forOther.shapeTheme = shapeTheme;
        forOther.anchoredShapesPlaced = anchoredShapesPlaced;
        return forOther;
    }

    /**
     * Starts reading a story (the body, a header, a note): no field is open, and the begins listed in
     * {@code neverClosed} (by their order in the story) are not fields at all.
     */
    public void startStory(Set<Integer> neverClosed) {
        fields.clear();
        fieldBegins = 0;
        this.neverClosed = neverClosed;
    }

    /**
     * The begins (by order in the story) of the fields still open at its end. Such a "field" was never one
     * (older converters write a begin they never close): read again without it, its text prints.
     */
    public Set<Integer> unclosedFields() {
        Set<Integer> open = new java.util.HashSet<>();
        for (OpenField f : fields) {
            open.add(f.ordinal);
        }
        return open;
    }

    /** Reads shapes, groups and canvases of this part (pictures through its relationships). */
    public org.inkpool.docx.drawing.ShapeReader shapes() {
        return new org.inkpool.docx.drawing.ShapeReader(shapeTheme,
                (relId, width, height, description) -> images.load(part, relId, width, height, description));
    }

    public void fieldBegin(org.inkpool.model.style.RunProps props) {
        int ordinal = fieldBegins++;
        if (!neverClosed.contains(ordinal)) {
            fields.push(new OpenField(props, ordinal));
        }
    }

    /** Instruction text of the innermost field, while its code is being read. */
    public void fieldInstruction(String text) {
        OpenField f = fields.peek();
        if (f != null && !f.separated && f.instruction.length() < 1024) {
            f.instruction.append(text);
        }
    }

    public void fieldSeparate() {
        OpenField f = fields.peek();
        if (f != null) {
            f.separated = true;
        }
    }

    /** Closes the innermost field; returns it (null when none was open). */
    public OpenField fieldEnd() {
        return fields.poll();
    }

    /** Content is painted only in the cached result of every open field, never in field codes. */
    public boolean inFieldCode() {
        for (OpenField f : fields) {
            if (!f.separated) {
                return true;
            }
        }
        return false;
    }

    /**
     * Inside the result of a TOC field. Word draws its entries in the TOC paragraph styles: the Hyperlink
     * character style their runs carry (for navigation) does not colour or underline them.
     */
    public boolean inTableOfContents() {
        for (OpenField f : fields) {
            if (f.separated && f.instruction.toString().trim().toUpperCase(java.util.Locale.ROOT).startsWith("TOC")) {
                return true;
            }
        }
        return false;
    }

    /** The innermost field whose result is a link (HYPERLINK, REF or PAGEREF with \h) being read, or null. */
    public org.inkpool.model.LinkTarget fieldLink() {
        for (OpenField f : fields) {
            if (f.separated) {
                org.inkpool.model.LinkTarget link = f.link();
                if (link != null) {
                    return link;
                }
            }
        }
        return null;
    }

    /** The live page field whose cached result is being read, or null: that result is replaced by the live value. */
    public OpenField liveFieldResult() {
        for (OpenField f : fields) {
            if (f.separated && f.live() != null) {
                return f;
            }
        }
        return null;
    }

    /** A complex field being read: its instruction, whether its result has begun, and that result's text. */
    public static final class OpenField {
        final StringBuilder instruction = new StringBuilder();
        public final StringBuilder cachedResult = new StringBuilder();
        public final org.inkpool.model.style.RunProps beginProps;
        final int ordinal;
        public org.inkpool.model.style.RunProps resultProps;
        boolean separated;
        private FieldInstruction parsed;
        private boolean isParsed;
        private org.inkpool.model.LinkTarget link;
        private boolean isLinkParsed;

        public OpenField(org.inkpool.model.style.RunProps beginProps, int ordinal) {
            this.beginProps = beginProps;
            this.ordinal = ordinal;
        }

        /** Where this field's result leads when clicked, or null; asked only once the instruction is complete. */
        org.inkpool.model.LinkTarget link() {
            if (!isLinkParsed) {
                link = LinkField.parse(instruction.toString());
                isLinkParsed = true;
            }
            return link;
        }

        /** The page field this is, or null for any other field; the instruction is complete once separated. */
        public FieldInstruction live() {
            if (!separated) {
                return FieldInstruction.parse(instruction.toString());
            }
            if (!isParsed) {
                parsed = FieldInstruction.parse(instruction.toString());
                isParsed = true;
            }
            return parsed;
        }
    }

    /**
     * The branch of an mc:AlternateContent to read: the first Choice whose requirements are understood,
     * else the Fallback; null when neither exists.
     */
    public Element chooseAlternative(Element alternateContent) {
        for (Element branch : Ooxml.children(alternateContent)) {
            if (Ooxml.is(branch, Ooxml.MC, "Choice") && understood(branch)) {
                return branch;
            }
        }
        return Ooxml.child(alternateContent, Ooxml.MC, "Fallback");
    }

    private static boolean understood(Element choice) {
        String requires = choice.getAttribute("Requires");
        if (requires.isBlank()) {
            return false;
        }
        for (String prefix : requires.trim().split("\\s+")) {
            String uri = choice.lookupNamespaceURI(prefix);
            if (uri == null || !UNDERSTOOD.contains(uri)) {
                return false;
            }
        }
        return true;
    }
}
