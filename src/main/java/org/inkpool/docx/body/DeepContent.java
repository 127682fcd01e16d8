package org.inkpool.docx.body;

import org.inkpool.docx.ReadContext;
import org.inkpool.docx.opc.Ooxml;
import org.inkpool.docx.style.RunStyle;
import org.inkpool.model.Block;
import org.inkpool.model.Inline;
import org.inkpool.model.Paragraph;
import org.inkpool.model.style.ParagraphProps;
import org.inkpool.model.style.RunProps;
import org.inkpool.model.TextRun;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Content nested past the reader's depth limit (tables in tables in text boxes…): its structure is given
 * up, its text is not. Each paragraph inside becomes a plain paragraph in the default style, found by an
 * iterative walk, so no depth of nesting can exhaust the stack.
 */
final class DeepContent {
    private DeepContent() {
    }

    static List<Block> plainParagraphs(Element container, ReadContext ctx) {
        ctx.warnings.warn("Content nested more than " + ReadContext.MAX_DEPTH
                + " levels deep was printed as plain text (its tables and frames were given up)");
        String styleId = ctx.styles.paragraphStyleOrDefault(null);
        RunStyle run = ctx.styles.runBase(null, styleId, null);
        RunProps runProps = run.resolve(ctx.fonts);
        ParagraphProps paraProps = ctx.styles.paragraphBase(null, styleId)
                .resolve(run.size == null ? 10 : run.size, ctx.defaultTabStop);
        List<Block> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        // each paragraph's text is emitted when the walk leaves it; a marker node stands for "leave"
        Deque<Node> stack = new ArrayDeque<>();
        Deque<Integer> paragraphStarts = new ArrayDeque<>();
        stack.push(container);
        List<String> finished = new ArrayList<>();
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n == LEAVE_PARAGRAPH) {
                int start = paragraphStarts.pop();
                finished.add(text.substring(start));
                text.setLength(start);
                continue;
            }
            if (!(n instanceof Element e) || !Ooxml.W.equals(Ooxml.family(e))) {
                if (n instanceof Element other && !Ooxml.W.equals(Ooxml.family(other))) {
                    pushChildren(other, stack); // drawings, mc:AlternateContent: their text boxes hold w:p
                }
                continue;
            }
            switch (e.getLocalName()) {
                case "p" -> {
                    paragraphStarts.push(text.length());
                    stack.push(LEAVE_PARAGRAPH);
                    pushChildren(e, stack);
                }
                case "t" -> text.append(e.getTextContent());
                case "tab" -> text.append('\t');
                case "br", "cr" -> text.append(' ');
                case "instrText", "delInstrText", "rPr", "pPr", "tblPr", "trPr", "tcPr", "sectPr" -> {
                }
                case "del", "moveFrom" -> {
                    if (ctx.revisions.showsRemoved()) {
                        pushChildren(e, stack);
                    }
                }
                case "delText" -> {
                    if (ctx.revisions.showsRemoved()) {
                        text.append(e.getTextContent());
                    }
                }
                default -> pushChildren(e, stack);
            }
        }
        // a paragraph is finished after those nested in it (text boxes): document order is by start
        for (String s : finished) {
            if (!s.isBlank()) {
                List<Inline> inlines = List.of(new TextRun(s, runProps));
                out.add(new Paragraph(paraProps, inlines, null, runProps));
            }
        }
        return out;
    }

    private static final Node LEAVE_PARAGRAPH = newMarker();

    private static Node newMarker() {
        try {
            return javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument()
                    .createElement("leave");
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pushChildren(Element e, Deque<Node> stack) {
        for (Node c = e.getLastChild(); c != null; c = c.getPreviousSibling()) {
            stack.push(c);
        }
    }
}
