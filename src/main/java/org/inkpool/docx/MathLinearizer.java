package org.inkpool.docx;

import org.w3c.dom.Element;

import java.util.List;

/**
 * Reads Office Math (OMML: m:oMathPara, m:oMath and their structures) as linear text in document
 * order, close to Word's own linear format: fractions as num/den, scripts as sub- and superscript
 * text after their base, delimiters with their begin/end characters, n-ary operators with their
 * limits, radicals with √, accents after their base. The text and where it sits go to a {@link Sink},
 * which turns them into runs; WordprocessingML inside the math (tracked changes, bookmarks) goes back
 * to the sink as well.
 */
final class MathLinearizer {
    /** Where text sits relative to the line. */
    enum Position { BASELINE, SUBSCRIPT, SUPERSCRIPT }

    /** How the letters of a piece of math text are set. */
    enum Style {
        /** Word's default for math: letters italic, digits and operators upright. */
        MATH,
        PLAIN, BOLD, ITALIC, BOLD_ITALIC,
        /** m:nor: ordinary text in the run's own font. */
        NORMAL_TEXT
    }

    interface Sink {
        /** Math text; {@code run} is its m:r (for its w:rPr), or null for characters the structure adds. */
        void mathText(String text, Element run, Style style, Position position);

        /** A WordprocessingML element found inside the math. */
        void wordContent(Element e);

        /** A new line inside display math (between the equations of an m:oMathPara, rows of an m:eqArr). */
        void mathLineBreak();
    }

    private final Sink sink;
    private Position position = Position.BASELINE;

    MathLinearizer(Sink sink) {
        this.sink = sink;
    }

    /** Reads one math element (m:oMathPara, m:oMath, or any math content, such as a lone m:r). */
    void read(Element e) {
        if (Ooxml.W.equals(Ooxml.family(e))) {
            sink.wordContent(e);
            return;
        }
        if (!Ooxml.M.equals(Ooxml.family(e))) {
            return;
        }
        switch (e.getLocalName()) {
            case "oMathPara" -> {
                boolean first = true;
                for (Element c : Ooxml.children(e)) {
                    if (Ooxml.is(c, Ooxml.M, "oMath")) {
                        if (!first) {
                            sink.mathLineBreak();
                        }
                        first = false;
                    }
                    read(c);
                }
            }
            case "r" -> run(e);
            case "f" -> fraction(e);
            case "sSub" -> scripts(e, "sub", null);
            case "sSup" -> scripts(e, null, "sup");
            case "sSubSup" -> scripts(e, "sub", "sup");
            case "sPre" -> {
                at(Ooxml.child(e, Ooxml.M, "sub"), Position.SUBSCRIPT);
                at(Ooxml.child(e, Ooxml.M, "sup"), Position.SUPERSCRIPT);
                part(e, "e");
            }
            case "d" -> delimiter(e);
            case "nary" -> nary(e);
            case "rad" -> radical(e);
            case "acc" -> {
                part(e, "e");
                String chr = property(e, "accPr", "chr", "\u0302");
                structural(spacingAccent(chr), position == Position.BASELINE ? Position.SUPERSCRIPT : position);
            }
            case "func" -> {
                part(e, "fName");
                structural("\u2009", position);
                part(e, "e");
            }
            case "limLow" -> scripts(e, "lim", null);
            case "limUpp" -> scripts(e, null, "lim");
            case "groupChr", "bar", "box", "borderBox" -> part(e, "e");
            case "phant" -> {
                // a phantom only reserves space; its content is shown unless m:show is off
                if (!"0".equals(property(e, "phantPr", "show", "1")) && !"off".equals(property(e, "phantPr", "show", "1"))) {
                    part(e, "e");
                }
            }
            case "eqArr" -> rows(Ooxml.children(e).stream().filter(c -> Ooxml.is(c, Ooxml.M, "e")).toList());
            case "m" -> matrix(e);
            case "ctrlPr", "rPr", "oMathParaPr", "argPr" -> {
                // properties: nothing to show
            }
            default -> Ooxml.children(e).forEach(this::read); // oMath, e, num, den, sub, sup, fName, lim, deg…
        }
    }

    /**
     * The alignment of a paragraph that holds display math (an m:oMathPara) and no text of its own:
     * m:oMathParaPr/m:jc, centred by default; null for any other paragraph.
     */
    static org.inkpool.model.Alignment displayAlignment(Element p) {
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
            case "left" -> org.inkpool.model.Alignment.LEFT;
            case "right" -> org.inkpool.model.Alignment.RIGHT;
            default -> org.inkpool.model.Alignment.CENTER;
        };
    }

    private void run(Element r) {
        Element rPr = Ooxml.child(r, Ooxml.M, "rPr");
        Style style = style(rPr);
        for (Element c : Ooxml.children(r)) {
            if (Ooxml.is(c, Ooxml.M, "t")) {
                String text = c.getTextContent();
                if (!text.isEmpty()) {
                    sink.mathText(text, r, style, position);
                }
            } else if (Ooxml.W.equals(Ooxml.family(c)) && !"rPr".equals(c.getLocalName())) {
                sink.wordContent(c); // w:br, w:tab, w:t inside a math run
            }
        }
    }

    private static Style style(Element rPr) {
        if (rPr == null) {
            return Style.MATH;
        }
        if (Ooxml.child(rPr, Ooxml.M, "nor") != null && !"0".equals(mVal(Ooxml.child(rPr, Ooxml.M, "nor")))) {
            return Style.NORMAL_TEXT;
        }
        Element sty = Ooxml.child(rPr, Ooxml.M, "sty");
        return switch (String.valueOf(mVal(sty))) {
            case "p" -> Style.PLAIN;
            case "b" -> Style.BOLD;
            case "i" -> Style.ITALIC;
            case "bi" -> Style.BOLD_ITALIC;
            default -> Style.MATH;
        };
    }

    private void fraction(Element f) {
        Element num = Ooxml.child(f, Ooxml.M, "num");
        Element den = Ooxml.child(f, Ooxml.M, "den");
        boolean noBar = "noBar".equals(property(f, "fPr", "type", "bar"));
        grouped(num);
        structural(noBar ? " " : "/", position);
        grouped(den);
    }

    /** A fraction's part: parenthesised when it is more than one simple run, as Word's linear format does. */
    private void grouped(Element part) {
        if (part == null) {
            return;
        }
        List<Element> content = Ooxml.children(part).stream()
                .filter(c -> !Ooxml.is(c, Ooxml.M, "ctrlPr") && !Ooxml.is(c, Ooxml.M, "argPr")).toList();
        boolean simple = content.size() == 1 && Ooxml.is(content.get(0), Ooxml.M, "r")
                && content.get(0).getTextContent().length() <= 1
                || content.size() == 1 && (Ooxml.is(content.get(0), Ooxml.M, "d")
                    || Ooxml.is(content.get(0), Ooxml.M, "sSub") || Ooxml.is(content.get(0), Ooxml.M, "sSup"));
        if (!simple && !content.isEmpty() && !isNumber(content)) {
            structural("(", position);
            read(part);
            structural(")", position);
        } else {
            read(part);
        }
    }

    private static boolean isNumber(List<Element> content) {
        return content.size() == 1 && Ooxml.is(content.get(0), Ooxml.M, "r")
                && content.get(0).getTextContent().matches("[0-9.,]+");
    }

    private void scripts(Element e, String sub, String sup) {
        part(e, "e");
        if (sub != null) {
            at(Ooxml.child(e, Ooxml.M, sub), Position.SUBSCRIPT);
        }
        if (sup != null) {
            at(Ooxml.child(e, Ooxml.M, sup), Position.SUPERSCRIPT);
        }
    }

    private void delimiter(Element d) {
        String begin = property(d, "dPr", "begChr", "(");
        String separator = property(d, "dPr", "sepChr", "|");
        String end = property(d, "dPr", "endChr", ")");
        structural(begin, position);
        boolean first = true;
        for (Element c : Ooxml.children(d)) {
            if (Ooxml.is(c, Ooxml.M, "e")) {
                if (!first) {
                    structural(separator, position);
                }
                first = false;
                read(c);
            }
        }
        structural(end, position);
    }

    private void nary(Element n) {
        structural(property(n, "naryPr", "chr", "\u222B"), position);
        if (!isOn(n, "naryPr", "subHide")) {
            at(Ooxml.child(n, Ooxml.M, "sub"), Position.SUBSCRIPT);
        }
        if (!isOn(n, "naryPr", "supHide")) {
            at(Ooxml.child(n, Ooxml.M, "sup"), Position.SUPERSCRIPT);
        }
        part(n, "e");
    }

    private void radical(Element r) {
        if (!isOn(r, "radPr", "degHide")) {
            at(Ooxml.child(r, Ooxml.M, "deg"), Position.SUPERSCRIPT);
        }
        structural("\u221A", position);
        part(r, "e");
    }

    private void matrix(Element m) {
        rows(Ooxml.children(m).stream().filter(c -> Ooxml.is(c, Ooxml.M, "mr")).toList());
    }

    /** Rows of an equation array or matrix, side by side: a line break would cut the surrounding delimiters apart. */
    private void rows(List<Element> rows) {
        boolean firstRow = true;
        for (Element row : rows) {
            if (!firstRow) {
                structural("  ", position);
            }
            firstRow = false;
            if (Ooxml.is(row, Ooxml.M, "mr")) {
                boolean firstCell = true;
                for (Element cell : Ooxml.children(row)) {
                    if (Ooxml.is(cell, Ooxml.M, "e")) {
                        if (!firstCell) {
                            structural(" ", position);
                        }
                        firstCell = false;
                        read(cell);
                    }
                }
            } else {
                read(row);
            }
        }
    }

    private void part(Element parent, String name) {
        Element c = Ooxml.child(parent, Ooxml.M, name);
        if (c != null) {
            read(c);
        }
    }

    /** Reads {@code e} raised or lowered; nested scripts keep the outermost shift (the model has one level). */
    private void at(Element e, Position where) {
        if (e == null || Ooxml.children(e).stream().allMatch(c -> Ooxml.is(c, Ooxml.M, "ctrlPr"))) {
            return;
        }
        Position outer = position;
        position = outer == Position.BASELINE ? where : outer;
        try {
            read(e);
        } finally {
            position = outer;
        }
    }

    private void structural(String text, Position where) {
        if (!text.isEmpty()) {
            sink.mathText(text, null, Style.PLAIN, where);
        }
    }

    /** m:val of a structure's property (e.g. m:dPr/m:begChr); an element without m:val means the empty string. */
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
        if (prop == null) {
            return false;
        }
        String v = mVal(prop);
        return v == null || v.equals("1") || v.equals("on") || v.equals("true");
    }

    private static String mVal(Element e) {
        if (e == null) {
            return null;
        }
        return Ooxml.attr(e, Ooxml.M, "val");
    }

    /**
     * An accent is a combining mark over its base; drawn after the base it needs its spacing form
     * (combining marks alone have no advance in most fonts).
     */
    static String spacingAccent(String chr) {
        if (chr.length() != 1) {
            return chr;
        }
        return switch (chr.charAt(0)) {
            case '\u0300' -> "`";
            case '\u0301' -> "\u00B4";
            case '\u0302' -> "^";
            case '\u0303' -> "~";
            case '\u0304', '\u0305' -> "\u00AF";
            case '\u0306' -> "\u02D8";
            case '\u0307' -> "\u02D9";
            case '\u0308' -> "\u00A8";
            case '\u030C' -> "\u02C7";
            case '\u20D6' -> "\u2190";
            case '\u20D7' -> "\u2192";
            case '\u20E1' -> "\u2194";
            default -> chr;
        };
    }
}
