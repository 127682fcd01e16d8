package org.inkpool.docx.math;

import org.inkpool.docx.opc.Ooxml;
import org.inkpool.model.MathNode;
import org.inkpool.model.MathNode.Row;
import org.inkpool.model.style.RunProps;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an Office Math equation (m:oMath) into a {@link MathNode} tree: each OMML structure becomes its
 * record, each m:r a run with its resolved character properties. It only reads; layout decides where the
 * parts go. Tracked changes and plain w:r runs inside the math go through the {@link Host}.
 */
public final class MathTreeReader {

    /** What the paragraph reader supplies: run properties in the current revision, and revision wrappers. */
    public interface Host {
        /** The properties of a run with this w:rPr (null: the paragraph's), marked as the open revision is. */
        RunProps runProps(Element rPr);

        /** Reads {@code body} inside the tracked change {@code wrapper}, or skips it when the view hides it. */
        void revision(Element wrapper, Runnable body);
    }

    private final Host host;

    public MathTreeReader(Host host) {
        this.host = host;
    }

    /** The content of an argument element (m:e, m:num, m:oMath …); an absent element is an empty row. */
    public Row row(Element parent) {
        if (parent == null) {
            return Row.EMPTY;
        }
        List<MathNode> items = new ArrayList<>();
        for (Element c : Ooxml.children(parent)) {
            add(c, items);
        }
        return new Row(items);
    }

    private void add(Element e, List<MathNode> out) {
        String family = Ooxml.family(e);
        if (Ooxml.W.equals(family)) {
            word(e, out);
            return;
        }
        if (!Ooxml.M.equals(family)) {
            return;
        }
        MathNode node = switch (e.getLocalName()) {
            case "r" -> run(e);
            case "f" -> new MathNode.Fraction(row(child(e, "num")), row(child(e, "den")), fractionType(e));
            case "rad" -> new MathNode.Radical(isOn(e, "radPr", "degHide") ? Row.EMPTY : row(child(e, "deg")),
                    row(child(e, "e")));
            case "sSub" -> new MathNode.Scripts(row(child(e, "e")), row(child(e, "sub")), Row.EMPTY, false);
            case "sSup" -> new MathNode.Scripts(row(child(e, "e")), Row.EMPTY, row(child(e, "sup")), false);
            case "sSubSup" -> new MathNode.Scripts(row(child(e, "e")), row(child(e, "sub")), row(child(e, "sup")),
                    false);
            case "sPre" -> new MathNode.Scripts(row(child(e, "e")), row(child(e, "sub")), row(child(e, "sup")), true);
            case "nary" -> nary(e);
            case "d" -> delimiter(e);
            case "m" -> matrix(e);
            case "eqArr" -> new MathNode.EquationArray(Ooxml.children(e).stream()
                    .filter(c -> Ooxml.is(c, Ooxml.M, "e")).map(this::row).toList());
            case "func" -> new MathNode.Function(row(child(e, "fName")), row(child(e, "e")));
            case "limLow" -> new MathNode.Limit(row(child(e, "e")), row(child(e, "lim")), false);
            case "limUpp" -> new MathNode.Limit(row(child(e, "e")), row(child(e, "lim")), true);
            case "acc" -> new MathNode.Accent(row(child(e, "e")), property(e, "accPr", "chr", "\u0302"));
            case "bar" -> new MathNode.Bar(row(child(e, "e")), "top".equals(property(e, "barPr", "pos", "bot")));
            case "box" -> new MathNode.Boxed(row(child(e, "e")), false);
            case "borderBox" -> new MathNode.Boxed(row(child(e, "e")), true);
            case "groupChr" -> new MathNode.GroupChar(row(child(e, "e")), property(e, "groupChrPr", "chr", "\u23DF"),
                    "top".equals(property(e, "groupChrPr", "pos", "bot")));
            case "phant" -> new MathNode.Phantom(row(child(e, "e")), !isOff(e, "phantPr", "show"),
                    isOn(e, "phantPr", "zeroWid"), isOn(e, "phantPr", "zeroAsc"), isOn(e, "phantPr", "zeroDesc"));
            case "ctrlPr", "rPr", "oMathParaPr", "argPr" -> null;
            default -> {
                // an unknown wrapper (m:oMath, m:e …): its content belongs to this row
                Ooxml.children(e).forEach(c -> add(c, out));
                yield null;
            }
        };
        if (node != null) {
            out.add(node);
        }
    }

    /** WordprocessingML inside math: tracked changes around math runs, plain runs of text, bookmarks. */
    private void word(Element e, List<MathNode> out) {
        switch (e.getLocalName()) {
            case "ins", "del", "moveTo", "moveFrom" -> host.revision(e, () -> Ooxml.children(e).forEach(c -> add(c, out)));
            case "r" -> {
                StringBuilder text = new StringBuilder();
                for (Element c : Ooxml.children(e)) {
                    if (Ooxml.is(c, Ooxml.W, "t") || Ooxml.is(c, Ooxml.W, "delText")) {
                        text.append(c.getTextContent());
                    }
                }
                if (!text.isEmpty()) {
                    out.add(new MathNode.Run(text.toString(), host.runProps(Ooxml.wChild(e, "rPr")),
                            MathNode.Style.NORMAL_TEXT, MathNode.Alphabet.ROMAN));
                }
            }
            case "smartTag", "customXml", "sdt", "sdtContent", "hyperlink" -> Ooxml.children(e).forEach(c -> add(c, out));
            default -> {
                // bookmarks, proofing marks: nothing to lay out
            }
        }
    }

    private MathNode run(Element r) {
        StringBuilder text = new StringBuilder();
        for (Element c : Ooxml.children(r)) {
            if (Ooxml.is(c, Ooxml.M, "t") || Ooxml.is(c, Ooxml.W, "t") || Ooxml.is(c, Ooxml.W, "delText")) {
                text.append(c.getTextContent());
            }
        }
        if (text.isEmpty()) {
            return null;
        }
        Element mPr = Ooxml.child(r, Ooxml.M, "rPr");
        return new MathNode.Run(text.toString(), host.runProps(Ooxml.wChild(r, "rPr")), style(mPr), alphabet(mPr));
    }

    private static MathNode.Style style(Element mPr) {
        if (mPr == null) {
            return MathNode.Style.MATH;
        }
        Element nor = Ooxml.child(mPr, Ooxml.M, "nor");
        if (nor != null && !isOffValue(mVal(nor))) {
            return MathNode.Style.NORMAL_TEXT;
        }
        return switch (String.valueOf(mVal(Ooxml.child(mPr, Ooxml.M, "sty")))) {
            case "p" -> MathNode.Style.PLAIN;
            case "b" -> MathNode.Style.BOLD;
            case "i" -> MathNode.Style.ITALIC;
            case "bi" -> MathNode.Style.BOLD_ITALIC;
            default -> MathNode.Style.MATH;
        };
    }

    private static MathNode.Alphabet alphabet(Element mPr) {
        return switch (String.valueOf(mVal(Ooxml.child(mPr, Ooxml.M, "scr")))) {
            case "script" -> MathNode.Alphabet.SCRIPT;
            case "fraktur" -> MathNode.Alphabet.FRAKTUR;
            case "double-struck" -> MathNode.Alphabet.DOUBLE_STRUCK;
            case "sans-serif" -> MathNode.Alphabet.SANS_SERIF;
            case "monospace" -> MathNode.Alphabet.MONOSPACE;
            default -> MathNode.Alphabet.ROMAN;
        };
    }

    private static MathNode.FractionType fractionType(Element f) {
        return switch (property(f, "fPr", "type", "bar")) {
            case "skw" -> MathNode.FractionType.SKEWED;
            case "lin" -> MathNode.FractionType.LINEAR;
            case "noBar" -> MathNode.FractionType.NO_BAR;
            default -> MathNode.FractionType.BAR;
        };
    }

    private MathNode nary(Element n) {
        String operator = property(n, "naryPr", "chr", "\u222B");
        // integrals keep their limits beside them unless told otherwise; sums and products put them under
        String defaultLoc = operator.equals("\u222B") || (operator.length() == 1 && operator.charAt(0) >= '\u222B'
                && operator.charAt(0) <= '\u2233') ? "subSup" : "undOvr";
        boolean under = "undOvr".equals(property(n, "naryPr", "limLoc", defaultLoc));
        Row sub = isOn(n, "naryPr", "subHide") ? Row.EMPTY : row(child(n, "sub"));
        Row sup = isOn(n, "naryPr", "supHide") ? Row.EMPTY : row(child(n, "sup"));
        return new MathNode.Nary(operator, sub, sup, row(child(n, "e")), under, !isOff(n, "naryPr", "grow"));
    }

    private MathNode delimiter(Element d) {
        List<Row> items = Ooxml.children(d).stream().filter(c -> Ooxml.is(c, Ooxml.M, "e")).map(this::row).toList();
        return new MathNode.Delimited(property(d, "dPr", "begChr", "("), property(d, "dPr", "sepChr", "|"),
                property(d, "dPr", "endChr", ")"), items, !isOff(d, "dPr", "grow"));
    }

    private MathNode matrix(Element m) {
        List<MathNode.Justification> columns = new ArrayList<>();
        Element mcs = Ooxml.child(Ooxml.child(m, Ooxml.M, "mPr"), Ooxml.M, "mcs");
        if (mcs != null) {
            for (Element mc : Ooxml.children(mcs)) {
                Element mcPr = Ooxml.child(mc, Ooxml.M, "mcPr");
                String jc = mVal(Ooxml.child(mcPr, Ooxml.M, "mcJc"));
                Integer count = Ooxml.integer(mVal(Ooxml.child(mcPr, Ooxml.M, "count")));
                MathNode.Justification j = "left".equals(jc) ? MathNode.Justification.LEFT
                        : "right".equals(jc) ? MathNode.Justification.RIGHT : MathNode.Justification.CENTER;
                for (int i = 0; i < Math.max(1, Math.min(count == null ? 1 : count, 64)); i++) {
                    columns.add(j);
                }
            }
        }
        List<List<Row>> rows = new ArrayList<>();
        for (Element mr : Ooxml.children(m)) {
            if (Ooxml.is(mr, Ooxml.M, "mr")) {
                rows.add(Ooxml.children(mr).stream().filter(c -> Ooxml.is(c, Ooxml.M, "e")).map(this::row).toList());
            }
        }
        return new MathNode.Matrix(rows, columns);
    }

    /**
     * The alignment of a paragraph that holds display math (an m:oMathPara) and no text of its own:
     * m:oMathParaPr/m:jc, centred by default; null for any other paragraph.
     */
    public static org.inkpool.model.style.Alignment displayAlignment(Element p) {
        Element para = null;
        for (Element c : Ooxml.children(p)) {
            if (Ooxml.is(c, Ooxml.M, "oMathPara")) {
                para = c;
            } else if (Ooxml.is(c, Ooxml.W, "r") || Ooxml.is(c, Ooxml.W, "hyperlink") || Ooxml.is(c, Ooxml.M, "oMath")) {
                if (!c.getTextContent().isBlank()) {
                    return null;
                }
            }
        }
        if (para == null) {
            return null;
        }
        String jc = Ooxml.attr(Ooxml.child(Ooxml.child(para, Ooxml.M, "oMathParaPr"), Ooxml.M, "jc"), Ooxml.M, "val");
        return switch (jc == null ? "centerGroup" : jc) {
            case "left" -> org.inkpool.model.style.Alignment.LEFT;
            case "right" -> org.inkpool.model.style.Alignment.RIGHT;
            default -> org.inkpool.model.style.Alignment.CENTER;
        };
    }

    private static Element child(Element e, String name) {
        return Ooxml.child(e, Ooxml.M, name);
    }

    /** m:val of a structure's property; an element without m:val means the empty string. */
    private static String property(Element structure, String pr, String name, String fallback) {
        Element prop = Ooxml.child(Ooxml.child(structure, Ooxml.M, pr), Ooxml.M, name);
        if (prop == null) {
            return fallback;
        }
        String v = mVal(prop);
        return v == null ? "" : v;
    }

    private static boolean isOn(Element structure, String pr, String name) {
        Element prop = Ooxml.child(Ooxml.child(structure, Ooxml.M, pr), Ooxml.M, name);
        return prop != null && !isOffValue(mVal(prop));
    }

    private static boolean isOff(Element structure, String pr, String name) {
        Element prop = Ooxml.child(Ooxml.child(structure, Ooxml.M, pr), Ooxml.M, name);
        return prop != null && isOffValue(mVal(prop));
    }

    private static boolean isOffValue(String v) {
        return v != null && (v.equals("0") || v.equals("off") || v.equals("false"));
    }

    private static String mVal(Element e) {
        return e == null ? null : Ooxml.attr(e, Ooxml.M, "val");
    }
}
