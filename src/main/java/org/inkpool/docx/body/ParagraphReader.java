package org.inkpool.docx.body;

import org.inkpool.docx.ReadContext;
import org.inkpool.docx.SymbolFonts;
import org.inkpool.docx.chart.SmartArt;
import org.inkpool.docx.drawing.AnchorReader;
import org.inkpool.docx.drawing.VmlAnchor;
import org.inkpool.docx.drawing.VmlStyle;
import org.inkpool.docx.math.MathLinearText;
import org.inkpool.docx.math.MathTreeReader;
import org.inkpool.docx.opc.Ooxml;
import org.inkpool.docx.style.Numbering;
import org.inkpool.docx.style.ParaStyle;
import org.inkpool.docx.style.RunStyle;
import org.inkpool.model.drawing.Anchor;
import org.inkpool.model.AnchoredObject;
import org.inkpool.model.Block;
import org.inkpool.model.Break;
import org.inkpool.model.Inline;
import org.inkpool.model.InlineDrawing;
import org.inkpool.model.InlineImage;
import org.inkpool.model.LinkTarget;
import org.inkpool.model.style.ListLabel;
import org.inkpool.model.MathNode;
import org.inkpool.model.MathZone;
import org.inkpool.model.Navigation;
import org.inkpool.model.NoteReference;
import org.inkpool.model.PageField;
import org.inkpool.model.Paragraph;
import org.inkpool.model.style.ParagraphProps;
import org.inkpool.model.style.RunProps;
import org.inkpool.model.style.Script;
import org.inkpool.model.Tab;
import org.inkpool.model.drawing.TextBox;
import org.inkpool.model.TextRun;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one w:p: its resolved properties, list label, paragraph-mark properties and inline content.
 * Floating frames (wp:anchor, absolutely positioned VML shapes) become {@link AnchoredObject} inlines
 * holding their picture or drawing and their text box; the text of other objects (SmartArt, text
 * boxes in inline shapes) is emitted as blocks right after the paragraph.
 */
public final class ParagraphReader {
    /** Word sets math in Cambria Math (the PDF side substitutes it where it is not installed). */
    public static final String MATH_FONT = "Cambria Math";
    private final ReadContext ctx;
    private final BodyReader body;

    public ParagraphReader(ReadContext ctx, BodyReader body) {
        this.ctx = ctx;
        this.body = body;
    }

    /**
     * Appends the paragraph (and the blocks of its text boxes) to {@code out}.
     *
     * @return the paragraph's w:sectPr when it ends a section, else null
     */
    Element read(Element p, String tableStyle, List<Block> out) {
        Element pPr = Ooxml.wChild(p, "pPr");
        ParaStyle direct = new ParaStyle().apply(pPr);
        String styleId = ctx.styles.paragraphStyleOrDefault(direct.styleId);
        ParaStyle props = ctx.styles.paragraphBase(tableStyle, styleId);

        String numId = direct.numId != null ? direct.numId : props.numId;
        Numbering.Level level = null;
        int ilvl = 0;
        if (numId != null && !numId.equals("0")) {
            ilvl = direct.numLevel != null ? direct.numLevel
                    : props.numLevel != null ? props.numLevel
                    : ctx.numbering.levelForStyle(numId, styleId, ctx.styleNumId);
            level = ctx.numbering.level(numId, ilvl, ctx.styleNumId);
            if (level != null) {
                props.overrideIndentsWith(new ParaStyle().apply(level.pPr()));
            }
        }
        props.overrideWith(direct);
        props.styleId = styleId;
        org.inkpool.model.style.Alignment displayMath = MathTreeReader.displayAlignment(p);
        if (displayMath != null) {
            props.alignment = displayMath;
        }

        RunStyle runBase = ctx.styles.runBase(tableStyle, styleId, null);
        RunStyle markDirect = new RunStyle().apply(Ooxml.wChild(pPr, "rPr"));
        RunStyle mark = ctx.styles.runBase(tableStyle, styleId, markDirect.charStyle).overrideWith(markDirect);
        mark.charStyle = null;
        RunProps markProps = mark.resolve(ctx.fonts);
        double charUnit = runBase.size == null ? 10 : runBase.size;
        ParagraphProps paragraphProps = props.resolve(charUnit, ctx.defaultTabStop);

        ListLabel label = null;
        if (level != null) {
            Numbering.Label l = ctx.numbering.next(numId, ilvl, ctx.styleNumId);
            if (l != null) {
                label = label(l, mark);
            }
        }

        Inlines inlines = new Inlines(tableStyle, styleId, markProps);
        for (Element c : Ooxml.children(p)) {
            inlines.content(c);
        }
        List<org.inkpool.model.Inline> content = inlines.finish();
        out.add(new Paragraph(paragraphProps, content, label, markProps, navigation(props, inlines.bookmarks, content)));
        if (ctx.floating != null) {
            ctx.floating.addAll(inlines.anchoredBlocks); // floating objects do not make a header taller
        } else {
            out.addAll(inlines.anchoredBlocks);
        }
        return Ooxml.wChild(pPr, "sectPr");
    }

    /**
     * The paragraph's outline level and bookmarks. Bookmarks of a paragraph without text wait for the next
     * one that has text, so that a link to them lands where something is to be seen.
     */
    private Navigation navigation(ParaStyle props, List<String> own, List<org.inkpool.model.Inline> content) {
        ctx.pendingBookmarks.addAll(own);
        int level = props.outlineLevel == null ? Navigation.BODY_TEXT : props.outlineLevel;
        boolean hasText = content.stream().anyMatch(i -> i instanceof TextRun t && !t.text().isBlank());
        if (!hasText || ctx.pendingBookmarks.isEmpty()) {
            return level == Navigation.BODY_TEXT ? Navigation.NONE : new Navigation(level, List.of());
        }
        Navigation n = new Navigation(level, ctx.pendingBookmarks);
        ctx.pendingBookmarks.clear();
        return n;
    }

    private ListLabel label(Numbering.Label l, RunStyle mark) {
        RunStyle labelStyle = mark.copy().apply(l.level().rPr());
        labelStyle.charStyle = null;
        RunProps props = labelStyle.resolve(ctx.fonts);
        String text = l.text();
        String mapped = SymbolFonts.map(props.fontAscii(), text);
        if (mapped != null) {
            // the mapped character is ordinary Unicode now: draw it with the text's font, not Symbol/Wingdings
            text = mapped;
            props = withFontsOf(props, mark.resolve(ctx.fonts));
        }
        ListLabel.Suffix suffix = switch (l.level().suffix() == null ? "tab" : l.level().suffix()) {
            case "space" -> ListLabel.Suffix.SPACE;
            case "nothing" -> ListLabel.Suffix.NOTHING;
            default -> ListLabel.Suffix.TAB;
        };
        return new ListLabel(text, props, suffix,
                ParaStyle.alignment(l.level().justification(), org.inkpool.model.style.Alignment.LEFT));
    }

    static RunProps withFontsOf(RunProps p, RunProps fontsFrom) {
        return new RunProps(fontsFrom.fontAscii(), fontsFrom.fontHAnsi(), fontsFrom.fontEastAsia(),
                fontsFrom.fontCs(), p.size(), p.bold(), p.italic(), p.underline(), p.strike(), p.doubleStrike(),
                p.caps(), p.smallCaps(), p.verticalAlign(), p.color(), p.highlight(), p.spacing(), p.hidden(),
                p.raise(), p.scale());
    }

    /** Collects a paragraph's inlines, merging adjacent text with equal properties. */
    private final class Inlines {
        private final String tableStyle;
        private final String paraStyle;
        private final RunProps textFonts;
        private final List<Inline> items = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private RunProps textProps;
        private LinkTarget textLink;
        /** The w:hyperlink being read, or null. */
        private LinkTarget hyperlink;
        final List<String> bookmarks = new ArrayList<>();
        /** The run being read: its plain formatting, and the one its complex-script characters take. */
        private RunProps runPlain;
        private RunProps runComplex;
        private boolean runAllComplex;
        final List<Block> anchoredBlocks = new ArrayList<>();
        /** While a floating frame is read: where its text box's blocks go, its bodyPr and its link id/seq. */
        private List<Block> textBoxBlocks;
        private Element bodyPr;
        private String[] link;
        private java.util.function.Function<List<Block>, TextBox> vmlTextBox;
        /** While a shape read as text only (not drawn) is read: no shape inside it is drawn either. */
        private boolean textOnly;

        /** While a shape, group or canvas is read: its pictures are part of its drawing. */
        private boolean inShape;
        /** The current run's properties with every slot set to its East Asian font, when its hint asks. */
        private RunProps eastAsiaHinted;
        /** The innermost tracked change around the content being read, or null. */
        private Revisions.Mark revision;
        private final MathTreeReader mathReader = new MathTreeReader(new MathHost());

        Inlines(String tableStyle, String paraStyle, RunProps textFonts) {
            this.tableStyle = tableStyle;
            this.paraStyle = paraStyle;
            this.textFonts = textFonts;
        }

        List<Inline> finish() {
            flush();
            return items;
        }

        private void flush() {
            if (textProps != null && text.length() > 0) {
                items.add(new TextRun(text.toString(), textProps, textLink));
            }
            text.setLength(0);
            textProps = null;
            textLink = null;
        }

        private void addText(String s, RunProps props) {
            if (s.isEmpty()) {
                return;
            }
            boolean ownText = props == runPlain && runComplex != null;
            LinkTarget link = currentLink();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (ownText) {
                    props = runAllComplex || Script.of(c) == Script.COMPLEX ? runComplex : runPlain;
                }
                if (c == '\t') {
                    add(new Tab(props));
                } else if (c == '\n' || c == '\r') {
                    add(new Break(Break.Kind.LINE, props));
                } else {
                    if (textProps != null && (!textProps.equals(props) || !java.util.Objects.equals(textLink, link))) {
                        flush();
                    }
                    textProps = props;
                    textLink = link;
                    text.append(c);
                }
            }
        }

        private void add(Inline inline) {
            flush();
            items.add(inline);
        }

        /** Paragraph-level content: runs and the wrappers around them. */
        void content(Element e) {
            String family = Ooxml.family(e);
            if (Ooxml.MC.equals(family) && "AlternateContent".equals(e.getLocalName())) {
                Element branch = ctx.chooseAlternative(e);
                if (branch != null) {
                    Ooxml.children(branch).forEach(this::content);
                }
                return;
            }
            if (Ooxml.M.equals(family)) {
                math(e);
                return;
            }
            if (!Ooxml.W.equals(family)) {
                return;
            }
            switch (e.getLocalName()) {
                case "r" -> run(e);
                case "fldSimple" -> simpleField(e);
                case "hyperlink" -> hyperlink(e);
                case "bookmarkStart" -> {
                    String name = Ooxml.wAttr(e, "name");
                    if (name != null && !name.isBlank() && bookmarks.size() < 64) {
                        bookmarks.add(name);
                    }
                }
                case "smartTag", "customXml", "dir", "bdo" ->
                        Ooxml.children(e).forEach(this::content);
                case "ins", "moveTo", "del", "moveFrom" -> revision(e);
                case "sdt" -> {
                    Element sdtContent = Ooxml.wChild(e, "sdtContent");
                    if (sdtContent != null) {
                        Ooxml.children(sdtContent).forEach(this::content);
                    }
                }
                default -> {
                    // pPr, bookmarks, comment ranges, proofErr: nothing to paint
                }
            }
        }

        /** The link the text being read makes: the innermost link field's, else the w:hyperlink's. */
        private LinkTarget currentLink() {
            LinkTarget field = ctx.fieldLink();
            return field != null ? field : hyperlink;
        }

        /** A w:hyperlink: its runs lead to the address its relationship names, or to the bookmark w:anchor. */
        private void hyperlink(Element e) {
            LinkTarget outer = hyperlink;
            LinkTarget target = null;
            String relId = Ooxml.attr(e, Ooxml.R, "id");
            String anchor = Ooxml.wAttr(e, "anchor");
            if (relId != null && !relId.isEmpty()) {
                String address = externalTarget(relId);
                target = LinkTarget.external(anchor == null || address == null ? address : address + "#" + anchor);
            } else {
                target = LinkTarget.internal(anchor);
            }
            hyperlink = target;
            try {
                Ooxml.children(e).forEach(this::content);
            } finally {
                hyperlink = outer;
            }
        }

        private String externalTarget(String relId) {
            try {
                var rel = ctx.part.getRelationship(relId);
                return rel == null || rel.getTargetURI() == null ? null : rel.getTargetURI().toString();
            } catch (RuntimeException e) {
                return null;
            }
        }

        /** A w:fldSimple: a live page field when its instruction names one, else its cached result as it stands. */
        private void simpleField(Element e) {
            FieldInstruction live = FieldInstruction.parse(Ooxml.wAttr(e, "instr"));
            if (live == null || ctx.inFieldCode() || ctx.liveFieldResult() != null) {
                LinkTarget link = ctx.inFieldCode() ? null : LinkField.parse(Ooxml.wAttr(e, "instr"));
                LinkTarget outer = hyperlink;
                if (link != null) {
                    hyperlink = link;
                }
                try {
                    Ooxml.children(e).forEach(this::content);
                } finally {
                    hyperlink = outer;
                }
                return;
            }
            Element firstRun = Ooxml.descendant(e, Ooxml.W, "r");
            RunProps props = runProps(firstRun == null ? null : Ooxml.wChild(firstRun, "rPr"));
            StringBuilder cached = new StringBuilder();
            appendTexts(e, cached);
            add(new PageField(live.kind(), live.format(), cached.toString(), props));
        }

        /** A tracked change: its content, marked as the revision view shows it (or left out when removed). */
        private void revision(Element e) {
            withRevision(e, () -> Ooxml.children(e).forEach(this::content));
        }

        /** Runs {@code body} marked as the tracked change {@code wrapper}; not at all when the view hides it. */
        private void withRevision(Element wrapper, Runnable body) {
            Revisions.Kind kind = Revisions.kindOf(wrapper.getLocalName());
            boolean removed = kind == Revisions.Kind.DELETED || kind == Revisions.Kind.MOVED_FROM;
            if (removed && !ctx.revisions.showsRemoved()) {
                return;
            }
            Revisions.Mark outer = revision;
            revision = new Revisions.Mark(kind, Ooxml.wAttr(wrapper, "author"));
            try {
                body.run();
            } finally {
                revision = outer;
            }
        }

        /**
         * Office Math: each equation (m:oMath) becomes a {@link MathZone} holding its structure and its
         * linear text; the equations of display math (m:oMathPara) each get a line of their own.
         */
        private void math(Element e) {
            if (Ooxml.is(e, Ooxml.M, "oMathPara")) {
                boolean first = true;
                for (Element c : Ooxml.children(e)) {
                    if (Ooxml.is(c, Ooxml.M, "oMath")) {
                        if (!first) {
                            add(new Break(Break.Kind.LINE, runProps(null)));
                        }
                        first = false;
                        equation(c, true);
                    } else if (Ooxml.W.equals(Ooxml.family(c))) {
                        content(c);
                    }
                }
            } else if (Ooxml.is(e, Ooxml.M, "oMath") || !Ooxml.is(e, Ooxml.M, "oMathParaPr")) {
                equation(e, false);
            }
        }

        private void equation(Element e, boolean display) {
            Element oMath = e;
            if (!Ooxml.is(e, Ooxml.M, "oMath")) {
                // a lone structure outside an m:oMath: an equation of its own
                oMath = e.getOwnerDocument().createElementNS(e.getNamespaceURI(), "m:oMath");
                oMath.appendChild(e.cloneNode(true));
            }
            MathNode.Row content = mathReader.row(oMath);
            if (content.isEmpty()) {
                return;
            }
            add(new MathZone(content, MathLinearText.of(content), mathFont(runProps(null)), display));
        }

        /** Runs inside math: their own properties in the current revision (layout sets math in the zone's font). */
        private final class MathHost implements MathTreeReader.Host {
            @Override
            public RunProps runProps(Element rPr) {
                return Inlines.this.runProps(rPr);
            }

            @Override
            public void revision(Element wrapper, Runnable body) {
                withRevision(wrapper, body);
            }
        }

        private static RunProps mathFont(RunProps p) {
            return new RunProps(MATH_FONT, MATH_FONT, p.fontEastAsia(), p.fontCs(), p.size(), p.bold(), p.italic(),
                    p.underline(), p.strike(), p.doubleStrike(), false, false, p.verticalAlign(), p.color(),
                    p.highlight(), p.spacing(), p.hidden());
        }

        private RunProps runProps(Element rPr) {
            return ctx.revisions.apply(runStyle(rPr).resolve(ctx.fonts), revision);
        }

        private RunStyle runStyle(Element rPr) {
            RunStyle direct = new RunStyle().apply(rPr);
            if (direct.charStyle != null && ctx.inTableOfContents() && ctx.styles.isHyperlinkStyle(direct.charStyle)) {
                direct.charStyle = null;
            }
            return ctx.styles.runBase(tableStyle, paraStyle, direct.charStyle).overrideWith(direct);
        }

        private void run(Element r) {
            RunStyle style = runStyle(Ooxml.wChild(r, "rPr"));
            RunProps props = ctx.revisions.apply(style.resolve(ctx.fonts), revision);
            RunProps complex = ctx.revisions.apply(style.resolveComplex(ctx.fonts), revision);
            runPlain = props;
            runComplex = complex.equals(props) ? null : complex;
            runAllComplex = style.allComplex();
            RunProps runFormat = runAllComplex && runComplex != null ? runComplex : props;
            eastAsiaHinted = style.eastAsiaHint() ? withFontsOf(props, new RunProps(props.fontEastAsia(),
                    props.fontEastAsia(), props.fontEastAsia(), props.fontEastAsia(), 0, false, false,
                    RunProps.Underline.NONE, false, false, false, false, RunProps.VerticalAlign.BASELINE, null, null,
                    0, false)) : null;
            try {
                for (Element c : Ooxml.children(r)) {
                    runContent(c, runFormat);
                }
            } finally {
                eastAsiaHinted = null;
                runPlain = null;
                runComplex = null;
            }
        }

        /** Text of a run: punctuation and symbols follow an eastAsia hint to the East Asian font. */
        private void hintedText(String s, RunProps props) {
            if (eastAsiaHinted == null || s.chars().noneMatch(RunStyle::followsEastAsiaHint)) {
                addText(s, props);
                return;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                addText(String.valueOf(c), RunStyle.followsEastAsiaHint(c) ? eastAsiaHinted : props);
            }
        }

        private void runContent(Element c, RunProps props) {
            String family = Ooxml.family(c);
            if (Ooxml.MC.equals(family) && "AlternateContent".equals(c.getLocalName())) {
                Element branch = ctx.chooseAlternative(c);
                if (branch != null) {
                    for (Element b : Ooxml.children(branch)) {
                        runContent(b, props);
                    }
                }
                return;
            }
            if (!Ooxml.W.equals(family)) {
                return;
            }
            String name = c.getLocalName();
            if (name.equals("fldChar")) {
                switch (String.valueOf(Ooxml.wAttr(c, "fldCharType"))) {
                    case "begin" -> ctx.fieldBegin(props);
                    case "separate" -> ctx.fieldSeparate();
                    case "end" -> endField();
                    default -> {
                    }
                }
                return;
            }
            if (name.equals("instrText") || name.equals("delInstrText")) {
                ctx.fieldInstruction(c.getTextContent());
                return;
            }
            if (ctx.inFieldCode()) {
                return;
            }
            ReadContext.OpenField live = ctx.liveFieldResult();
            if (live != null) {
                // the saved page number is kept aside: the layout writes the live one
                if (name.equals("t") || name.equals("delText")) {
                    live.cachedResult.append(c.getTextContent());
                    if (live.resultProps == null) {
                        live.resultProps = props;
                    }
                }
                return;
            }
            switch (name) {
                case "t", "delText" -> symbolAwareText(c.getTextContent(), props);
                case "tab", "ptab" -> add(new Tab(props));
                case "br" -> {
                    String type = Ooxml.wAttr(c, "type");
                    Break.Kind kind = "page".equals(type) ? Break.Kind.PAGE
                            : "column".equals(type) ? Break.Kind.COLUMN : Break.Kind.LINE;
                    add(new Break(kind, props));
                }
                case "cr" -> add(new Break(Break.Kind.LINE, props));
                case "noBreakHyphen" -> addText("\u2011", props);
                case "softHyphen" -> addText("\u00AD", props);
                case "sym" -> symbol(c, props);
                case "drawing" -> drawing(c);
                case "pict", "object" -> {
                    if (!floatingVml(c)) {
                        floatingInHeader(() -> vml(c), props);
                    }
                }
                case "ruby" -> {
                    Element base = Ooxml.wChild(c, "rubyBase");
                    if (base != null) {
                        Ooxml.children(base).forEach(this::content);
                    }
                }
                case "footnoteReference", "endnoteReference" -> noteReference(c, props);
                case "footnoteRef", "endnoteRef" -> addText(ctx.currentNoteMark, props);
                default -> {
                    // instrText, delText, lastRenderedPageBreak (not a break), annotations: nothing to paint
                }
            }
        }

        /**
         * In a header or footer, pictures of a floating object are kept aside as a paragraph of their own,
         * painted over the header without enlarging it (facts §8); in the body they stay in the text.
         */
        private void floatingInHeader(Runnable read, RunProps props) {
            if (ctx.floating == null) {
                read.run();
                return;
            }
            flush();
            int before = items.size();
            read.run();
            flush();
            if (items.size() > before) {
                List<Inline> pictures = new ArrayList<>(items.subList(before, items.size()));
                items.subList(before, items.size()).clear();
                ctx.floating.add(new Paragraph(ParagraphProps.DEFAULT, pictures, null, props));
            }
        }

        /** A complex field ends: a page field becomes a live inline, in the format of its result. */
        private void endField() {
            ReadContext.OpenField f = ctx.fieldEnd();
            if (f == null || ctx.inFieldCode() || ctx.liveFieldResult() != null) {
                return;
            }
            FieldInstruction live = f.live();
            if (live != null) {
                RunProps props = f.resultProps != null ? f.resultProps : f.beginProps;
                add(new PageField(live.kind(), live.format(), f.cachedResult.toString(), props));
            }
        }

        private void noteReference(Element ref, RunProps props) {
            String id = Ooxml.wAttr(ref, "id");
            if (id == null) {
                return;
            }
            NoteReference.Kind kind = "footnoteReference".equals(ref.getLocalName())
                    ? NoteReference.Kind.FOOTNOTE : NoteReference.Kind.ENDNOTE;
            String customAttr = Ooxml.wAttr(ref, "customMarkFollows");
            boolean custom = customAttr != null && (customAttr.equals("1") || customAttr.equalsIgnoreCase("true")
                    || customAttr.equalsIgnoreCase("on"));
            add(new NoteReference(kind, id.trim(), ctx.noteMarks.reference(kind, id.trim(), custom), props));
        }

        /**
         * Text typed in Symbol or Wingdings shows that font's pictures, not the letters: each character
         * with a known Unicode equivalent becomes that character in the paragraph's ordinary font.
         */
        private void symbolAwareText(String s, RunProps props) {
            if (!SymbolFonts.isSymbolFont(props.fontAscii())) {
                if (s.chars().anyMatch(c -> c >= 0xE000 && c <= 0xF8FF)) {
                    ctx.warnings.warn("Private-use characters in the font " + props.fontAscii()
                            + " have no standard Unicode meaning; they show only where that font is installed");
                }
                hintedText(s, props);
                return;
            }
            RunProps plain = withFontsOf(props, textFonts);
            for (int i = 0; i < s.length(); i++) {
                String ch = String.valueOf(s.charAt(i));
                String mapped = SymbolFonts.map(props.fontAscii(), ch);
                if (mapped != null && !ch.isBlank()) {
                    addText(mapped, plain);
                } else {
                    addText(ch, props);
                }
            }
        }

        private void symbol(Element sym, RunProps props) {
            String font = Ooxml.wAttr(sym, "font");
            String code = Ooxml.wAttr(sym, "char");
            if (code == null) {
                return;
            }
            int cp;
            try {
                cp = Integer.parseInt(code.trim(), 16);
            } catch (NumberFormatException e) {
                return;
            }
            if (cp <= 0 || cp > 0x10FFFF) {
                return;
            }
            String ch = new String(Character.toChars(cp));
            String mapped = SymbolFonts.map(font, ch);
            if (mapped != null) {
                addText(mapped, props);
            } else if (font != null && !font.isEmpty()) {
                addText(SymbolFonts.plain(ch), withFontsOf(props, new RunProps(font, font, font, font, 0, false,
                        false, RunProps.Underline.NONE, false, false, false, false, RunProps.VerticalAlign.BASELINE,
                        null, null, 0, false)));
            } else {
                addText(ch, props);
            }
        }

        private void drawing(Element drawing) {
            for (Element frame : Ooxml.children(drawing)) {
                boolean inline = Ooxml.is(frame, Ooxml.WP, "inline");
                if (!inline && !Ooxml.is(frame, Ooxml.WP, "anchor")) {
                    continue;
                }
                Element extent = Ooxml.child(frame, Ooxml.WP, "extent");
                double w = emu(Ooxml.plainAttr(extent, "cx"));
                double h = emu(Ooxml.plainAttr(extent, "cy"));
                Element docPr = Ooxml.child(frame, Ooxml.WP, "docPr");
                String descr = docPr == null ? "" : firstNonEmpty(docPr.getAttribute("descr"), docPr.getAttribute("title"));
                Element graphicData = Ooxml.descendant(frame, Ooxml.A, "graphicData");
                if (graphicData == null) {
                    continue;
                }
                if (inline) {
                    graphic(graphicData, w, h, descr, true);
                } else {
                    Element g = graphicData;
                    anchored(AnchorReader.read(frame, w, h), w, h, descr, () -> graphic(g, w, h, descr, true));
                }
            }
        }

        /**
         * Reads a floating frame's content and wraps it into an {@link AnchoredObject}: the first
         * picture or drawing it yields is the object's content (further pictures of a group stay in
         * the line, as before), the text of its text box the object's text.
         */
        private void anchored(Anchor anchor, double w, double h, String descr, Runnable read) {
            flush();
            int before = items.size();
            List<Block> outerText = textBoxBlocks;
            Element outerBodyPr = bodyPr;
            String[] outerLink = link;
            textBoxBlocks = new ArrayList<>();
            bodyPr = null;
            link = null;
            try {
                read.run();
                flush();
                Inline content = null;
                for (int i = before; i < items.size(); i++) {
                    if (items.get(i) instanceof InlineImage || items.get(i) instanceof InlineDrawing) {
                        content = items.remove(i);
                        break;
                    }
                }
                TextBox text = null;
                if (!textBoxBlocks.isEmpty() || link != null) {
                    text = vmlTextBox != null ? vmlTextBox.apply(textBoxBlocks)
                            : AnchorReader.textBox(bodyPr, textBoxBlocks, link == null ? null : link[0],
                            link == null ? 0 : parseSequence(link[1]));
                }
                if (content != null || text != null) {
                    add(new AnchoredObject(anchor, w, h, content, text, descr));
                }
            } finally {
                textBoxBlocks = outerText;
                bodyPr = outerBodyPr;
                link = outerLink;
                vmlTextBox = null;
            }
        }

        private static int parseSequence(String s) {
            try {
                return s == null || s.isEmpty() ? 0 : Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        /**
         * A VML shape positioned absolutely floats: its picture and text box become an anchored
         * object. Returns false when the w:pict holds no such shape (it is then read inline).
         */
        private boolean floatingVml(Element pict) {
            boolean any = false;
            for (Element shape : Ooxml.children(pict)) {
                if (!Ooxml.V.equals(Ooxml.family(shape)) || !VmlAnchor.floats(shape)) {
                    continue;
                }
                any = true;
                double[] size = VmlStyle.size(shape.getAttribute("style"));
                Element textbox = Ooxml.child(shape, Ooxml.V, "textbox");
                if (textbox != null) {
                    vmlTextBox = blocks -> VmlAnchor.textBox(shape, textbox, blocks);
                }
                anchored(VmlAnchor.read(shape), size[0], size[1], shape.getAttribute("alt"),
                        () -> {
                            if (org.inkpool.docx.drawing.VmlShapeReader.isShape(shape)) {
                                vmlShape(shape);
                            } else {
                                vml(shape);
                            }
                        });
            }
            return any;
        }

        /** Pictures, text boxes and unsupported objects inside a DrawingML graphic. */
        private void graphic(Element e, double w, double h, String descr, boolean top) {
            for (Element c : Ooxml.children(e)) {
                String family = Ooxml.family(c);
                String name = c.getLocalName();
                if (Ooxml.PIC.equals(family) && "pic".equals(name)) {
                    picture(c, w, h, descr, top);
                } else if (Ooxml.W.equals(family) && "txbxContent".equals(name)) {
                    (textBoxBlocks != null ? textBoxBlocks : anchoredBlocks).addAll(body.readBlocks(c, null));
                } else if (Ooxml.WPS.equals(family) && "bodyPr".equals(name)) {
                    // a group's text boxes are read as one text that starts with the first box's text,
                    // so the first box's insets and vertical anchor apply (not the last one's)
                    if (bodyPr == null) {
                        bodyPr = c;
                    }
                } else if (Ooxml.WPS.equals(family) && ("txbx".equals(name) || "linkedTxbx".equals(name))) {
                    String id = c.getAttribute("id");
                    if (!id.isEmpty()) {
                        link = new String[] {id, "linkedTxbx".equals(name) ? c.getAttribute("seq") : "0"};
                    }
                    graphic(c, w, h, descr, false);
                } else if (Ooxml.MC.equals(family) && "AlternateContent".equals(name)) {
                    Element branch = ctx.chooseAlternative(c);
                    if (branch != null) {
                        graphic(branch, w, h, descr, top);
                    }
                } else if ("chart".equals(name) && family.equals(Ooxml.OTHER)) {
                    InlineDrawing chart = ctx.charts.load(ctx.part, Ooxml.attr(c, Ooxml.R, "id"), w, h, descr);
                    if (chart != null) {
                        add(chart);
                    }
                } else if (!Ooxml.W.equals(family) && org.inkpool.docx.drawing.ShapeReader.isDrawing(c)) {
                    shape(c, w, h, descr);
                } else if ("relIds".equals(name) && family.equals(Ooxml.OTHER)) {
                    anchoredBlocks.addAll(new SmartArt(ctx).read(c));
                } else {
                    graphic(c, w, h, descr, false);
                }
            }
        }

        /**
         * A shape, group or canvas: its geometry and pictures as one drawing (the drawing reader places
         * pictures inside groups); its text boxes are read by {@link #graphic} as before.
         */
        private void shape(Element e, double w, double h, String descr) {
            boolean floating = anchored(e);
            // an inline shape holding a text box: its text cannot stand inside it yet, only after the
            // paragraph, so its box would take the room twice; it is read as before
            boolean textInLine = !floating && Ooxml.descendant(e, Ooxml.W, "txbxContent") != null;
            if (textOnly) {
                graphic(e, w, h, descr, false);
                return;
            }
            if (!inShape && (!drawsFloating(floating) || textInLine)) {
                // read as before: its text and pictures, but none of its shapes, which would each be
                // drawn at the whole frame's size outside their group's coordinates
                textOnly = true;
                try {
                    graphic(e, w, h, descr, false);
                } finally {
                    textOnly = false;
                }
                return;
            }
            if (!inShape) {
                InlineDrawing drawing = ctx.shapes().read(e, w, h, descr);
                if (drawing == null && !floating) {
                    // an inline shape with neither fill nor outline still takes its extent in the line
                    // (writers use such empty rectangles to hold room for the floats drawn over them)
                    drawing = new InlineDrawing(w, h, List.of(), descr);
                }
                if (drawing != null) {
                    add(drawing);
                }
            }
            boolean outer = inShape;
            inShape = true;
            try {
                graphic(e, w, h, descr, false);
            } finally {
                inShape = outer;
            }
        }

        /** True when a floating shape can be drawn: the layout places anchored objects, or it is in a header. */
        private boolean drawsFloating(boolean floating) {
            return !floating || ctx.anchoredShapesPlaced || ctx.floating != null;
        }

        /** True when the graphic stands in a wp:anchor frame rather than a wp:inline one. */
        private static boolean anchored(Element e) {
            for (org.w3c.dom.Node n = e.getParentNode(); n instanceof Element p; n = n.getParentNode()) {
                if (Ooxml.is(p, Ooxml.WP, "anchor")) {
                    return true;
                }
                if (Ooxml.is(p, Ooxml.WP, "inline")) {
                    return false;
                }
            }
            return false;
        }

        private void picture(Element pic, double w, double h, String descr, boolean top) {
            if (inShape) {
                return; // drawn in its place by the shape reader
            }
            Element blip = Ooxml.descendant(Ooxml.child(pic, Ooxml.PIC, "blipFill"), Ooxml.A, "blip");
            if (blip == null) {
                return;
            }
            if (!top) {
                // a picture inside a group or canvas has its own size
                Element ext = Ooxml.descendant(Ooxml.child(pic, Ooxml.PIC, "spPr"), Ooxml.A, "ext");
                if (ext != null) {
                    w = emu(Ooxml.plainAttr(ext, "cx"));
                    h = emu(Ooxml.plainAttr(ext, "cy"));
                }
            }
            String embed = Ooxml.attr(blip, Ooxml.R, "embed");
            String link = Ooxml.attr(blip, Ooxml.R, "link");
            image(embed != null && !embed.isEmpty() ? embed : link, w, h, descr);
        }

        private void image(String relId, double w, double h, String descr) {
            InlineImage img = ctx.images.load(ctx.part, relId, w, h, descr);
            if (img != null) {
                add(img);
            }
        }

        /** A VML shape: its geometry as a drawing, then its pictures and text boxes. */
        private void vmlShape(Element c) {
            double[] size = VmlStyle.size(c.getAttribute("style"));
            InlineDrawing shape = org.inkpool.docx.drawing.VmlShapeReader.read(c, size[0], size[1],
                    c.getAttribute("alt"));
            if (shape != null) {
                add(shape);
            }
            vml(c);
        }

        /** VML (w:pict, w:object): pictures with a CSS-like style size, and text boxes. */
        private void vml(Element e) {
            for (Element c : Ooxml.children(e)) {
                String family = Ooxml.family(c);
                if (Ooxml.W.equals(family) && "txbxContent".equals(c.getLocalName())) {
                    (textBoxBlocks != null ? textBoxBlocks : anchoredBlocks).addAll(body.readBlocks(c, null));
                } else if (Ooxml.V.equals(family) && org.inkpool.docx.drawing.VmlShapeReader.isShape(c)
                        && !Ooxml.is(e, Ooxml.V, "group") && !"t".equals(Ooxml.attr(c, Ooxml.O, "hr"))
                        && drawsFloating(c.getAttribute("style").replace(" ", "").contains("position:absolute"))) {
                    vmlShape(c);
                } else if (Ooxml.V.equals(family) && "imagedata".equals(c.getLocalName())) {
                    String rel = Ooxml.attr(c, Ooxml.R, "id");
                    if (rel == null || rel.isEmpty()) {
                        rel = Ooxml.attr(c, Ooxml.O, "relid");
                    }
                    Element shape = (Element) c.getParentNode();
                    double[] size = VmlStyle.size(shape.getAttribute("style"));
                    image(rel, size[0], size[1], shape.getAttribute("alt"));
                } else {
                    vml(c);
                }
            }
        }
    }

    /** The text of every w:t under {@code e}, in order. */
    private static void appendTexts(Element e, StringBuilder out) {
        for (Element c : Ooxml.children(e)) {
            if (Ooxml.is(c, Ooxml.W, "t")) {
                out.append(c.getTextContent());
            } else {
                appendTexts(c, out);
            }
        }
    }

    private static double emu(String v) {
        if (v == null) {
            return 0;
        }
        try {
            double d = Double.parseDouble(v.trim()) / 12700.0;
            return Double.isFinite(d) && d > 0 ? d : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String firstNonEmpty(String a, String b) {
        return a != null && !a.isEmpty() ? a : b == null ? "" : b;
    }
}
