package org.inkpool.docx.body;

import org.inkpool.docx.opc.Limits;
import org.inkpool.docx.opc.Ooxml;
import org.inkpool.model.style.Alignment;
import org.inkpool.model.style.Border;
import org.inkpool.model.table.CellMargins;
import org.inkpool.model.table.CellProps;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.table.RowProps;
import org.inkpool.model.table.TableBorders;
import org.inkpool.model.table.TableProps;
import org.inkpool.model.table.TableWidth;
import org.w3c.dom.Element;

import java.util.List;

/**
 * Reads table, row and cell properties (w:tblPr, w:trPr, w:tcPr). A table style's own tblPr and
 * tcPr come first, root of its basedOn chain first; the table's direct properties override them
 * one property (one border side) at a time.
 */
public final class TablePropsReader {

    private TablePropsReader() {
    }

    /** The table's properties from its style chain's tblPr elements (root first) and its own tblPr. */
    public static TableProps table(List<Element> styleTblPrs, Element tblPr, boolean indentToText) {
        TableBuilder b = new TableBuilder();
        for (Element stylePr : styleTblPrs) {
            b.apply(stylePr);
        }
        b.apply(tblPr);
        return new TableProps(b.width, b.fixed, b.alignment, b.margins(), b.borders, b.spacing, indentToText);
    }

    /** The table style's cell properties that apply ({@code styleLayers}, lowest first), then the cell's own tcPr. */
    public static CellProps cell(List<Element> styleLayers, Element tcPr, CellMargins tableMargins) {
        CellBuilder b = new CellBuilder();
        for (Element layer : styleLayers) {
            b.apply(layer);
        }
        b.apply(tcPr);
        CellMargins margins = b.margins.anySet() ? b.margins.over(tableMargins) : null;
        return new CellProps(b.width, margins, b.vAlign, b.borders);
    }

    public static RowProps row(Element trPr) {
        if (trPr == null) {
            return RowProps.DEFAULT;
        }
        Element trHeight = Ooxml.wChild(trPr, "trHeight");
        double height = 0;
        RowProps.HeightRule rule = RowProps.HeightRule.AUTO;
        Double h = trHeight == null ? null : Ooxml.twipsToPt(Ooxml.val(trHeight));
        if (h != null && h > 0) {
            height = Limits.positiveLength(h);
            // a height without a rule is a minimum (ST_HeightRule default)
            rule = "exact".equals(Ooxml.wAttr(trHeight, "hRule")) ? RowProps.HeightRule.EXACT
                    : "auto".equals(Ooxml.wAttr(trHeight, "hRule")) ? RowProps.HeightRule.AUTO
                    : RowProps.HeightRule.AT_LEAST;
        }
        boolean cantSplit = Boolean.TRUE.equals(Ooxml.onOff(Ooxml.wChild(trPr, "cantSplit")));
        Integer before = Ooxml.integer(Ooxml.val(Ooxml.wChild(trPr, "gridBefore")));
        return new RowProps(height, rule, cantSplit, before == null ? 0 : Math.min(before, 64));
    }

    private static final class TableBuilder {
        TableWidth width = TableWidth.AUTO;
        boolean fixed;
        Alignment alignment = Alignment.LEFT;
        final MarginSides margins = new MarginSides();
        TableBorders borders = TableBorders.NONE;
        double spacing;

        public void apply(Element tblPr) {
            if (tblPr == null) {
                return;
            }
            Element w = Ooxml.wChild(tblPr, "tblW");
            if (w != null) {
                width = width(w);
            }
            Element layout = Ooxml.wChild(tblPr, "tblLayout");
            if (layout != null) {
                fixed = "fixed".equals(Ooxml.wAttr(layout, "type"));
            }
            Element jc = Ooxml.wChild(tblPr, "jc");
            if (jc != null) {
                String v = Ooxml.val(jc);
                alignment = "center".equals(v) ? Alignment.CENTER
                        : "right".equals(v) || "end".equals(v) ? Alignment.RIGHT : Alignment.LEFT;
            }
            margins.apply(Ooxml.wChild(tblPr, "tblCellMar"));
            Element b = Ooxml.wChild(tblPr, "tblBorders");
            if (b != null) {
                borders = borders(b).over(borders);
            }
            Element cs = Ooxml.wChild(tblPr, "tblCellSpacing");
            if (cs != null) {
                Double s = "dxa".equals(Ooxml.wAttr(cs, "type")) || Ooxml.wAttr(cs, "type") == null
                        ? Ooxml.twipsToPt(Ooxml.wAttr(cs, "w")) : null;
                spacing = s == null ? 0 : Limits.clamp(s, 0, 72);
            }
        }

        public CellMargins margins() {
            return margins.over(CellMargins.WORD_DEFAULT);
        }
    }

    private static final class CellBuilder {
        TableWidth width = TableWidth.AUTO;
        CellProps.VerticalAlign vAlign = CellProps.VerticalAlign.TOP;
        TableBorders borders = TableBorders.NONE;
        final MarginSides margins = new MarginSides();

        public void apply(Element tcPr) {
            if (tcPr == null) {
                return;
            }
            Element w = Ooxml.wChild(tcPr, "tcW");
            if (w != null) {
                width = width(w);
            }
            Element v = Ooxml.wChild(tcPr, "vAlign");
            if (v != null) {
                String val = Ooxml.val(v);
                vAlign = "center".equals(val) ? CellProps.VerticalAlign.CENTER
                        : "bottom".equals(val) ? CellProps.VerticalAlign.BOTTOM : CellProps.VerticalAlign.TOP;
            }
            Element b = Ooxml.wChild(tcPr, "tcBorders");
            if (b != null) {
                borders = borders(b).over(borders);
            }
            margins.apply(Ooxml.wChild(tcPr, "tcMar"));
        }
    }

    /** The sides a tblCellMar or tcMar sets, each over what earlier (style) layers set; null where none did. */
    private static final class MarginSides {
        Double top, left, bottom, right;

        public void apply(Element mar) {
            if (mar == null) {
                return;
            }
            top = orElse(side(mar, "top"), top);
            left = orElse(side(mar, "left", "start"), left);
            bottom = orElse(side(mar, "bottom"), bottom);
            right = orElse(side(mar, "right", "end"), right);
        }

        public boolean anySet() {
            return top != null || left != null || bottom != null || right != null;
        }

        /** These sides, and {@code base}'s where none was set. */
        public CellMargins over(CellMargins base) {
            return new CellMargins(orElse(top, base.top()), orElse(left, base.left()), orElse(bottom, base.bottom()),
                    orElse(right, base.right()));
        }
    }

    /** tblW / tcW: dxa in twips, pct in fiftieths of a percent (or "50%"), auto / nil as automatic. */
    public static TableWidth width(Element w) {
        String type = Ooxml.wAttr(w, "type");
        String value = Ooxml.wAttr(w, "w");
        if (value == null) {
            return TableWidth.AUTO;
        }
        if ("pct".equals(type) || value.trim().endsWith("%")) {
            String t = value.trim();
            try {
                double pct = t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1)) / 100
                        : Double.parseDouble(t) / 5000;
                return pct > 0 ? new TableWidth(TableWidth.Unit.PERCENT, Math.min(pct, 10)) : TableWidth.AUTO;
            } catch (NumberFormatException e) {
                return TableWidth.AUTO;
            }
        }
        if (type == null || "dxa".equals(type)) {
            Double pt = Ooxml.twipsToPt(value);
            return pt == null || pt <= 0 ? TableWidth.AUTO
                    : new TableWidth(TableWidth.Unit.POINTS, Limits.positiveLength(pt));
        }
        return TableWidth.AUTO;
    }

    /** The sides of a tblBorders / tcBorders element; sides it does not name stay null. */
    public static TableBorders borders(Element parent) {
        return new TableBorders(border(parent, "top"), border(parent, "left", "start"), border(parent, "bottom"),
                border(parent, "right", "end"), border(parent, "insideH"), border(parent, "insideV"));
    }

    private static Border border(Element parent, String... names) {
        for (String name : names) {
            Element e = Ooxml.wChild(parent, name);
            if (e != null) {
                return border(e);
            }
        }
        return null;
    }

    public static Border border(Element e) {
        String val = Ooxml.val(e);
        if (val == null || "nil".equals(val)) {
            return Border.NIL;
        }
        if ("none".equals(val)) {
            return Border.NONE;
        }
        Double eighths = Ooxml.measure(Ooxml.wAttr(e, "sz"), 8.0);
        // Word draws at least a hairline; w:sz is limited to 96 (12 pt) for line borders
        double width = Limits.clamp(eighths == null ? 0.5 : eighths, 0.25, 12);
        Rgb color = Rgb.parse(Ooxml.wAttr(e, "color"));
        return new Border(kind(val), width, color);
    }

    private static Border.Kind kind(String val) {
        if (val.startsWith("double") || val.startsWith("triple") || val.startsWith("thinThick")
                || val.startsWith("thickThin")) {
            return Border.Kind.DOUBLE;
        }
        if (val.equals("dotted") || val.startsWith("dotDot")) {
            return Border.Kind.DOTTED;
        }
        if (val.startsWith("dash") || val.startsWith("dotDash")) {
            return Border.Kind.DASHED;
        }
        return Border.Kind.SINGLE;
    }

    private static Double side(Element mar, String... names) {
        for (String name : names) {
            Element e = Ooxml.wChild(mar, name);
            if (e != null) {
                String type = Ooxml.wAttr(e, "type");
                if (type != null && !"dxa".equals(type)) {
                    return null; // nil / pct margins make no sense for a side: keep what was there
                }
                Double pt = Ooxml.twipsToPt(Ooxml.wAttr(e, "w"));
                return pt == null ? null : Limits.clamp(pt, 0, 720);
            }
        }
        return null;
    }

    private static <T> T orElse(T v, T otherwise) {
        return v != null ? v : otherwise;
    }
}
