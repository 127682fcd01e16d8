package org.inkpool.docx;

import org.inkpool.docx.body.TablePropsReader;
import org.inkpool.docx.opc.Limits;
import org.inkpool.docx.opc.Ooxml;
import org.inkpool.model.section.DocGrid;
import org.inkpool.model.section.LineNumbering;
import org.inkpool.model.section.PageBorders;
import org.inkpool.model.section.PageLook;
import org.inkpool.model.style.ParagraphBorders;
import org.w3c.dom.Element;

/** Reads what a w:sectPr adds to its pages: the document grid, page borders and line numbering. */
public final class PageLookReader {

    /** Word's line number distance when w:distance is absent: 0.25 in. */
    static final double DEFAULT_LINE_NUMBER_DISTANCE = 18;

    private PageLookReader() {
    }

    /** @param gridInTables w:adjustLineHeightInTable: table cells follow the grid too */
    public static PageLook read(Element sectPr, boolean gridInTables) {
        if (sectPr == null) {
            return PageLook.PLAIN;
        }
        return new PageLook(grid(Ooxml.wChild(sectPr, "docGrid"), gridInTables), pageBorders(Ooxml.wChild(sectPr, "pgBorders")),
                lineNumbers(Ooxml.wChild(sectPr, "lnNumType")));
    }

    static DocGrid grid(Element docGrid, boolean inTables) {
        if (docGrid == null) {
            return DocGrid.NONE;
        }
        String type = Ooxml.wAttr(docGrid, "type");
        DocGrid.Type t = type == null ? DocGrid.Type.DEFAULT : switch (type) {
            case "lines" -> DocGrid.Type.LINES;
            case "linesAndChars" -> DocGrid.Type.LINES_AND_CHARS;
            case "snapToChars" -> DocGrid.Type.SNAP_TO_CHARS;
            default -> DocGrid.Type.DEFAULT;
        };
        Double pitch = Ooxml.twipsToPt(Ooxml.wAttr(docGrid, "linePitch"));
        Integer charSpace = Ooxml.integer(Ooxml.wAttr(docGrid, "charSpace"));
        // a pitch below 1 pt or above a page is broken: no grid rather than a page of one line
        double linePitch = pitch == null || pitch < 1 || pitch > Limits.MAX_PAGE ? 0 : pitch;
        double space = charSpace == null ? 0 : Limits.clamp(charSpace / 4096.0, -100, 100);
        return new DocGrid(t, linePitch, space, inTables);
    }

    static PageBorders pageBorders(Element pgBorders) {
        if (pgBorders == null) {
            return PageBorders.NONE;
        }
        String display = Ooxml.wAttr(pgBorders, "display");
        return new PageBorders(edge(Ooxml.wChild(pgBorders, "top")), edge(Ooxml.wChild(pgBorders, "left")),
                edge(Ooxml.wChild(pgBorders, "bottom")), edge(Ooxml.wChild(pgBorders, "right")),
                !"page".equals(Ooxml.wAttr(pgBorders, "offsetFrom")), "firstPage".equals(display),
                "notFirstPage".equals(display));
    }

    /** One border edge with its w:space (whole points; Word allows 0–31). */
    public static ParagraphBorders.Edge edge(Element e) {
        if (e == null) {
            return ParagraphBorders.Edge.NONE;
        }
        Double space = Ooxml.measure(Ooxml.wAttr(e, "space"), 1.0);
        return new ParagraphBorders.Edge(TablePropsReader.border(e), space == null ? 0 : Limits.clamp(space, 0, 31));
    }

    static LineNumbering lineNumbers(Element lnNumType) {
        if (lnNumType == null) {
            return null;
        }
        Integer countBy = Ooxml.integer(Ooxml.wAttr(lnNumType, "countBy"));
        if (countBy == null || countBy < 1) {
            return null; // without countBy Word shows no numbers
        }
        Integer start = Ooxml.integer(Ooxml.wAttr(lnNumType, "start"));
        Double distance = Ooxml.twipsToPt(Ooxml.wAttr(lnNumType, "distance"));
        String restart = Ooxml.wAttr(lnNumType, "restart");
        LineNumbering.Restart r = restart == null ? LineNumbering.Restart.NEW_PAGE : switch (restart) {
            case "newSection" -> LineNumbering.Restart.NEW_SECTION;
            case "continuous" -> LineNumbering.Restart.CONTINUOUS;
            default -> LineNumbering.Restart.NEW_PAGE;
        };
        return new LineNumbering(Math.min(countBy, 100), 1 + (start == null ? 0 : Math.max(0, Math.min(start, 32767))),
                distance == null || distance <= 0 ? DEFAULT_LINE_NUMBER_DISTANCE : Limits.clamp(distance, 0, 144), r);
    }
}
