package org.inkpool.pdf;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.inkpool.layout.page.ActualText;
import org.inkpool.layout.page.FilledRect;
import org.inkpool.layout.page.PageItem;
import org.inkpool.layout.page.PathItem;
import org.inkpool.layout.page.Rule;
import org.inkpool.layout.page.StructRole;
import org.inkpool.layout.page.Tag;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One page's marked content (ISO 32000-1 §14.6): follows layout's tags and wraps each stretch of painted
 * items in a BDC/EMC with the MCID of the element it belongs to, or in an /Artifact sequence for what is
 * no part of the text: headers, footers, borders, shading, underlines, and whatever layout left untagged
 * (line numbers, page borders, watermarks).
 */
final class MarkedContent {

    /** Stands on the stack for an artifact: everything inside it is one. */
    private static final COSDictionary ARTIFACT = new COSDictionary();

    private final StructureTree tree;
    private final PDPage page;
    private final PDPageContentStream content;
    private final Deque<COSDictionary> open = new ArrayDeque<>();
    private final List<COSDictionary> byMcid = new ArrayList<>();
    private int artifactDepth;
    /** What the sequence written now belongs to: an element, ARTIFACT, or null when none is open. */
    private COSDictionary current;

    MarkedContent(StructureTree tree, PDPage page, PDPageContentStream content) {
        this.tree = tree;
        this.page = page;
        this.content = content;
    }

    void tag(Tag tag) {
        if (!tag.open()) {
            if (!open.isEmpty() && open.pop() == ARTIFACT) {
                artifactDepth--;
            }
            return;
        }
        if (artifactDepth > 0 || tag.role() == StructRole.ARTIFACT) {
            artifactDepth++;
            open.push(ARTIFACT);
            return;
        }
        COSDictionary parent = open.isEmpty() ? tree.document() : open.peek();
        open.push(tree.open(tag, parent, page));
    }

    /** Starts the sequence {@code item} belongs to, unless it is the one open (or an /ActualText span is). */
    void before(PageItem item, boolean spanOpen) throws IOException {
        if (spanOpen) {
            return; // a sequence ends only after the span inside it
        }
        COSDictionary target = targetOf(item);
        if (target == current) {
            return;
        }
        end();
        if (target == ARTIFACT) {
            content.appendRawCommands("/Artifact BMC\n");
        } else {
            int mcid = byMcid.size();
            byMcid.add(target);
            StructureTree.addContent(target, page, mcid);
            content.appendRawCommands("/" + target.getNameAsString(org.apache.pdfbox.cos.COSName.S)
                    + " <</MCID " + mcid + ">> BDC\n");
        }
        current = target;
    }

    private COSDictionary targetOf(PageItem item) {
        COSDictionary top = open.peek();
        if (artifactDepth > 0 || top == null) {
            return ARTIFACT;
        }
        boolean decoration = item instanceof Rule || item instanceof FilledRect
                || (item instanceof PathItem && !"Figure".equals(top.getNameAsString(org.apache.pdfbox.cos.COSName.S)));
        return decoration && !(item instanceof ActualText) ? ARTIFACT : top;
    }

    private void end() throws IOException {
        if (current != null) {
            content.appendRawCommands("EMC\n");
            current = null;
        }
    }

    /** Closes the last sequence and enters the page in the parent tree. */
    void finish() throws IOException {
        end();
        tree.pageDone(page, byMcid);
    }
}
