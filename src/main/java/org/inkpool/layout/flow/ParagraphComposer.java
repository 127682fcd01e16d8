package org.inkpool.layout.flow;

import org.inkpool.layout.font.FaceCache;
import org.inkpool.layout.line.Atom;
import org.inkpool.layout.line.AtomShaper;
import org.inkpool.layout.line.Line;
import org.inkpool.layout.line.LineBox;
import org.inkpool.layout.line.LineBreaker;
import org.inkpool.layout.line.LineFitter;
import org.inkpool.layout.line.LineHeights;
import org.inkpool.layout.line.RunMeasurer;
import org.inkpool.layout.line.TabStops;
import org.inkpool.layout.paginate.Column;
import org.inkpool.layout.paginate.LineGrid;
import org.inkpool.layout.script.BidiLines;
import org.inkpool.layout.script.ParagraphShaper;
import org.inkpool.model.style.Alignment;
import org.inkpool.model.AnchoredObject;
import org.inkpool.model.Break;
import org.inkpool.model.section.DocGrid;
import org.inkpool.model.Inline;
import org.inkpool.model.InlineDrawing;
import org.inkpool.model.InlineImage;
import org.inkpool.model.style.ListLabel;
import org.inkpool.model.MathZone;
import org.inkpool.model.NoteReference;
import org.inkpool.model.PageField;
import org.inkpool.model.Paragraph;
import org.inkpool.model.style.ParagraphProps;
import org.inkpool.model.style.RunProps;
import org.inkpool.model.Tab;
import org.inkpool.model.TextRun;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one paragraph into lines: shapes Arabic text, measures its label and runs, breaks them
 * greedily in logical order, places each line (tabs, soft hyphens, alignment), puts it in visual
 * order ({@link BidiLines}) and gives each line its height.
 */
final class ParagraphComposer {

    private final RunMeasurer measurer;
    private final ParagraphShaper shaper;
    private final AtomShaper glyphShaper = new AtomShaper();
    private final FieldValues fields;

    ParagraphComposer(FaceCache faces) {
        this(faces, new FieldValues());
    }

    /** A composer whose page fields show {@code fields}' current values (headers and footers). */
    ParagraphComposer(FaceCache faces, FieldValues fields) {
        this.measurer = new RunMeasurer(faces);
        this.shaper = new ParagraphShaper(faces);
        this.fields = fields;
    }

    /**
     * Composes a paragraph. One whose content and mark are all hidden gets no line at all (R§9.3).
     *
     * @param inTableCell             page and column breaks inside table cells are ignored (R§3.3)
     * @param honourPageBreakBefore   false for table cell paragraphs other than the table's first
     */
    ComposedParagraph compose(Paragraph paragraph, Column column, boolean inTableCell,
                              boolean honourPageBreakBefore) {
        return compose(paragraph, column, inTableCell, honourPageBreakBefore, !inTableCell);
    }

    /**
     * @param placesFloats the paragraph is placed where floating objects are positioned (body, header):
     *                     its anchored objects are kept aside for that; elsewhere (table cells, notes)
     *                     their picture stands in the line as before
     */
    ComposedParagraph compose(Paragraph paragraph, Column column, boolean inTableCell,
                              boolean honourPageBreakBefore, boolean placesFloats) {
        ParagraphProps props = paragraph.props() == null ? ParagraphProps.DEFAULT : paragraph.props();
        RunProps mark = paragraph.markProps() == null ? RunProps.DEFAULT : paragraph.markProps();
        double left = props.indentLeft();
        double firstLine = props.firstLine();
        double rightEdge = column.width() - props.indentRight();

        boolean onGrid = LineGrid.snaps(column, props.snapToGrid());
        measurer.grid(onGrid ? column.grid() : DocGrid.NONE);
        List<Atom> atoms = new ArrayList<>();
        double labelShift = addLabel(paragraph.label(), mark, atoms);
        int labelEnd = atoms.size();
        double measure = rightEdge - Math.min(left, left + firstLine);
        List<AnchoredObject> floats = placesFloats ? new ArrayList<>() : null;
        addInlines(paragraph.inlines(), measure > 0 ? measure : column.width(), column.bodyHeight(), inTableCell,
                atoms, floats);
        glyphShaper.shape(atoms, props.rightToLeft());
        boolean leadingPageBreak = takeLeadingPageBreak(atoms, labelEnd);
        BidiLines bidi = new BidiLines(atoms, props.rightToLeft(), column.width());

        double firstStart = left + firstLine - labelShift;
        TabStops stops = new TabStops(props.tabs(), props.defaultTabStop(), firstLine < 0 ? left : Double.NaN);
        double[] markExtents = measurer.extents(mark);
        double markSingle = measurer.singleLineHeight(mark);
        LineFitter fitter = new LineFitter(atoms, stops, props, labelEnd, bidi, markExtents, markSingle, firstStart,
                left, rightEdge, column.width(), onGrid ? column.grid() : null);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < atoms.size(); ) {
            Line line = fitter.line(i, lines.isEmpty());
            lines.add(line);
            i = line.to();
        }
        boolean vanished = atoms.isEmpty() && mark.hidden();
        if (!vanished && (lines.isEmpty() || lines.get(lines.size() - 1).end() == LineBreaker.End.LINE_BREAK)) {
            // an empty paragraph, or a line break followed by nothing, is one line of the mark's font (R§2.5)
            LineBox box = LineHeights.measure(atoms, atoms.size(), atoms.size(), props.lineSpacing(), markExtents,
                    markSingle);
            if (onGrid) {
                box = LineGrid.snap(box, column.grid(), props.lineSpacing());
            }
            lines.add(new Line(atoms.size(), atoms.size(), box, LineBreaker.End.PARAGRAPH_END, false));
        }
        double before = props.beforeAuto() ? ComposedParagraph.AUTO_SPACING : props.spaceBefore();
        double after = props.afterAuto() ? ComposedParagraph.AUTO_SPACING : props.spaceAfter();
        return new ComposedParagraph(atoms, lines, props, column, paragraph.label() != null, before, after,
                honourPageBreakBefore && props.pageBreakBefore(), leadingPageBreak, paragraph.navigation(),
                paragraph.navigation().isHeading() ? outlineTitle(paragraph) : "", fitter,
                floats == null ? List.of() : floats);
    }

    /** A heading's entry in the outline: its label ("2.1") and its text, as a reader sees them. */
    private static String outlineTitle(Paragraph paragraph) {
        String text = paragraph.plainText();
        ListLabel label = paragraph.label();
        boolean printedLabel = label != null && label.text() != null && !label.text().isBlank()
                && label.text().codePoints().noneMatch(c -> c >= 0xE000 && c <= 0xF8FF);
        return printedLabel && Character.isLetterOrDigit(label.text().strip().codePointAt(0))
                ? label.text().strip() + " " + text : text;
    }

    /**
     * A page break before any of the paragraph's text moves the whole paragraph to the next page,
     * like pageBreakBefore (R§3.3). A paragraph holding nothing else keeps its break: it leaves its
     * line on the page it ends and none on the next.
     */
    private static boolean takeLeadingPageBreak(List<Atom> atoms, int labelEnd) {
        if (labelEnd >= atoms.size() || atoms.get(labelEnd).kind != Atom.Kind.PAGE_BREAK) {
            return false;
        }
        for (int i = labelEnd + 1; i < atoms.size(); i++) {
            if (atoms.get(i).isContent()) {
                atoms.remove(labelEnd);
                return true;
            }
        }
        return false;
    }

    /** Adds the list label and its suffix; returns how far a right/centred label reaches left of its position. */
    private double addLabel(ListLabel label, RunProps mark, List<Atom> atoms) {
        if (label == null) {
            return 0;
        }
        RunProps props = label.props() == null ? mark : label.props();
        measurer.addText(label.text() == null ? "" : label.text(), props, atoms);
        double width = 0;
        for (Atom atom : atoms) {
            width += atom.advance;
        }
        ListLabel.Suffix suffix = label.suffix() == null ? ListLabel.Suffix.TAB : label.suffix();
        switch (suffix) {
            case TAB -> measurer.addTab(props, atoms);
            case SPACE -> measurer.addText(" ", props, atoms);
            default -> { }
        }
        if (label.alignment() == Alignment.RIGHT) {
            return width;
        }
        return label.alignment() == Alignment.CENTER ? width / 2 : 0;
    }

    private void addInlines(List<Inline> inlines, double maxImageWidth, double maxImageHeight, boolean inTableCell,
                            List<Atom> atoms, List<AnchoredObject> floats) {
        NoteReference pendingNote = null;
        for (Inline inline : shaper.shape(inlines)) {
            int before = atoms.size();
            if (inline instanceof NoteReference note) {
                // the mark is text; its first atom remembers the note, so the page that shows it holds the note
                pendingNote = note;
                measurer.addText(note.mark(), note.props() == null ? RunProps.DEFAULT : note.props(), atoms);
            } else if (inline instanceof PageField field) {
                measurer.addText(fields.text(field), field.props() == null ? RunProps.DEFAULT : field.props(), atoms);
            } else if (inline instanceof TextRun run) {
                measurer.addText(run.text(), run.props() == null ? RunProps.DEFAULT : run.props(), run.link(), atoms);
            } else if (inline instanceof Tab tab) {
                measurer.addTab(tab.props() == null ? RunProps.DEFAULT : tab.props(), atoms);
            } else if (inline instanceof Break br) {
                RunProps props = br.props() == null ? RunProps.DEFAULT : br.props();
                if (br.kind() == Break.Kind.LINE) {
                    measurer.addBreak(Atom.Kind.LINE_BREAK, props, atoms);
                } else if (!inTableCell) {
                    measurer.addBreak(Atom.Kind.PAGE_BREAK, props, atoms);
                    atoms.get(atoms.size() - 1).columnBreak = br.kind() == Break.Kind.COLUMN;
                }
            } else if (inline instanceof InlineImage image) {
                measurer.addImage(image, maxImageWidth, maxImageHeight, atoms);
            } else if (inline instanceof MathZone zone) {
                measurer.addMath(zone, atoms);
            } else if (inline instanceof InlineDrawing drawing) {
                measurer.addDrawing(drawing, maxImageWidth, maxImageHeight, atoms);
            } else if (inline instanceof AnchoredObject object) {
                if (floats != null) {
                    floats.add(object);
                } else if (object.content() instanceof InlineImage image) {
                    measurer.addImage(image, maxImageWidth, maxImageHeight, atoms);
                } else if (object.content() instanceof InlineDrawing drawing) {
                    measurer.addDrawing(drawing, maxImageWidth, maxImageHeight, atoms);
                }
            }
            if (pendingNote != null && atoms.size() > before) {
                atoms.get(before).note = pendingNote; // a custom mark's note rides on the text that follows
                pendingNote = null;
            }
        }
    }
}
