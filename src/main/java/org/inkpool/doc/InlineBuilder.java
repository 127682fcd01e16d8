package org.inkpool.doc;

import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.inkpool.docx.SharedValues;
import org.inkpool.model.AnchoredObject;
import org.inkpool.model.Break;
import org.inkpool.model.Inline;
import org.inkpool.model.InlineImage;
import org.inkpool.model.NoteReference;
import org.inkpool.model.PageField;
import org.inkpool.model.style.RunProps;
import org.inkpool.model.Tab;
import org.inkpool.model.TextRun;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one paragraph's character runs into the model's inlines: text runs, tabs, breaks, pictures, note
 * references and page fields. Binary Word marks everything but text with control characters (MS-DOC 2.8.25).
 */
final class InlineBuilder {
    private final DocContext ctx;
    private final Story story;
    private final Fields fields = new Fields();

    InlineBuilder(DocContext ctx, Story story) {
        this.ctx = ctx;
        this.story = story;
    }

    /** The paragraph's inlines and the properties of its mark. */
    record Built(List<Inline> inlines, RunProps markProps) {
    }

    /**
     * @param sectionEnd the paragraph ends its section: its final 0x0C is the section break, not a page break
     */
    Built build(Paragraph p, boolean sectionEnd) {
        List<Inline> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        RunProps markProps = null;
        short istd = p.getStyleIndex();
        int runs = p.numCharacterRuns();
        int paragraphEnd = p.getEndOffset();
        for (int r = 0; r < runs; r++) {
            CharacterRun run = p.getCharacterRun(r);
            RunProps props = ctx.runs.read(run, istd);
            markProps = props;
            String s = run.text();
            int start = run.getStartOffset();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                int cp = start + i;
                switch (c) {
                    case 0x13 -> {
                        flush(text, props, out);
                        fields.begin();
                    }
                    case 0x14 -> {
                        flush(text, props, out);
                        PageField live = fields.separate(props);
                        if (live != null && fields.showingAbove()) {
                            out.add(live);
                        }
                    }
                    case 0x15 -> {
                        flush(text, props, out);
                        PageField live = fields.end(props);
                        if (live != null && fields.showing()) {
                            out.add(live);
                        }
                    }
                    default -> {
                        if (!fields.showing()) {
                            fields.instruction(String.valueOf(c));
                        } else {
                            character(c, cp, run, props, sectionEnd && cp == paragraphEnd - 1, text, out);
                        }
                    }
                }
            }
            flush(text, props, out);
        }
        return new Built(out, markProps == null ? RunProps.DEFAULT : markProps);
    }

    private void character(char c, int cp, CharacterRun run, RunProps props, boolean sectionBreak,
                           StringBuilder text, List<Inline> out) {
        boolean special = run.isSpecialCharacter();
        switch (c) {
            case '\r', 0x07 -> {
                // paragraph mark, cell or row end: the structure says these
            }
            case '\t' -> {
                flush(text, props, out);
                out.add(new Tab(props));
            }
            case 0x0B -> {
                flush(text, props, out);
                out.add(new Break(Break.Kind.LINE, props));
            }
            case 0x0C -> {
                if (!sectionBreak) {
                    flush(text, props, out);
                    out.add(new Break(Break.Kind.PAGE, props));
                }
            }
            case 0x0E -> {
                flush(text, props, out);
                out.add(new Break(Break.Kind.COLUMN, props));
            }
            case 0x1E -> text.append('\u2011'); // non-breaking hyphen
            case 0x1F -> {
                // optional hyphen: shown only where Word breaks a line at it
            }
            case 0x01 -> {
                if (special) {
                    flush(text, props, out);
                    add(ctx.pictures.inline(run), out);
                }
            }
            case 0x08 -> {
                if (special) {
                    flush(text, props, out);
                    AnchoredObject floating = ctx.pictures.floating(story, cp - story.cpOrigin());
                    if (floating != null) {
                        out.add(floating);
                    }
                }
            }
            case 0x02 -> {
                if (special) {
                    flush(text, props, out);
                    noteMark(cp, props, out);
                }
            }
            case 0x03, 0x04, 0x05 -> {
                // note separators and annotation references print nothing
            }
            case 0x28 -> {
                if (special && run.isSymbol()) {
                    symbol(run, props, text, out);
                } else {
                    text.append(c);
                }
            }
            default -> {
                if (c < 0x20) {
                    return; // other control characters draw nothing
                }
                text.append(c);
            }
        }
    }

    private void noteMark(int cp, RunProps props, List<Inline> out) {
        if (story.kind() == Story.Kind.NOTE) {
            if (story.noteMark() != null && !story.noteMark().isEmpty()) {
                out.add(new TextRun(story.noteMark(), props));
            }
            return;
        }
        if (story.kind() != Story.Kind.MAIN) {
            return;
        }
        NoteAnchors.Ref ref = ctx.notes.at(cp);
        if (ref != null) {
            out.add(new NoteReference(ref.kind(), NoteIds.of(ref), ref.mark(), props));
        }
    }

    private void symbol(CharacterRun run, RunProps props, StringBuilder text, List<Inline> out) {
        char ch = run.getSymbolCharacter();
        String font;
        try {
            font = run.getSymbolFont() == null ? props.fontAscii() : run.getSymbolFont().getMainFontName();
        } catch (RuntimeException e) {
            font = props.fontAscii();
        }
        String mapped = SharedValues.symbolText(font, String.valueOf(ch));
        flush(text, props, out);
        if (mapped != null) {
            out.add(new TextRun(mapped, props));
        } else {
            out.add(new TextRun(String.valueOf(ch), new RunProps(font, font, props.fontEastAsia(), font,
                    props.size(), props.bold(), props.italic(), props.underline(), props.strike(),
                    props.doubleStrike(), props.caps(), props.smallCaps(), props.verticalAlign(), props.color(),
                    props.highlight(), props.spacing(), props.hidden())));
        }
    }

    private static void add(InlineImage image, List<Inline> out) {
        if (image != null) {
            out.add(image);
        }
    }

    private static void flush(StringBuilder text, RunProps props, List<Inline> out) {
        if (text.length() > 0) {
            out.add(new TextRun(text.toString(), props));
            text.setLength(0);
        }
    }
}
