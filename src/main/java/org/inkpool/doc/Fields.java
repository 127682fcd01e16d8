package org.inkpool.doc;

import org.inkpool.model.PageField;
import org.inkpool.model.section.PageNumberFormat;
import org.inkpool.model.style.RunProps;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * The open fields of one story (fields may span paragraphs). A binary field is 0x13 instruction 0x14 result
 * 0x15; the result Word saved is shown, never the instruction. PAGE, NUMPAGES and SECTIONPAGES become live
 * page fields (their saved result is then not shown).
 */
final class Fields {
    private static final class Open {
        final StringBuilder instruction = new StringBuilder();
        boolean separated;
        boolean live;
    }

    private final Deque<Open> open = new ArrayDeque<>();

    void begin() {
        open.push(new Open());
    }

    /** The separator: returns the live page field to show instead of the saved result, or null. */
    PageField separate(RunProps props) {
        Open f = open.peek();
        if (f == null) {
            return null;
        }
        f.separated = true;
        PageField live = pageField(f.instruction.toString(), props);
        f.live = live != null;
        return live;
    }

    /** The end: a page field without a saved result still shows; returns it, or null. */
    PageField end(RunProps props) {
        Open f = open.poll();
        if (f == null || f.separated) {
            return null;
        }
        return pageField(f.instruction.toString(), props);
    }

    /** Whether text here is shown: outside every instruction and every live field's saved result. */
    boolean showing() {
        for (Open f : open) {
            if (!f.separated || f.live) {
                return false;
            }
        }
        return true;
    }

    /** Whether the fields around the innermost one show their results (a live field inside them is shown). */
    boolean showingAbove() {
        boolean innermost = true;
        for (Open f : open) {
            if (innermost) {
                innermost = false;
                continue;
            }
            if (!f.separated || f.live) {
                return false;
            }
        }
        return true;
    }

    /** Collects instruction text for the innermost field whose instruction is being read. */
    void instruction(CharSequence text) {
        Open f = open.peek();
        if (f != null && !f.separated && f.instruction.length() < 1024) {
            f.instruction.append(text);
        }
    }

    static PageField pageField(String instruction, RunProps props) {
        String[] words = instruction.trim().split("\\s+");
        if (words.length == 0) {
            return null;
        }
        PageField.Kind kind = switch (words[0].toUpperCase(Locale.ROOT)) {
            case "PAGE" -> PageField.Kind.PAGE;
            case "NUMPAGES", "NBPAGES" -> PageField.Kind.NUMPAGES; // older French Word saved its own names
            case "SECTIONPAGES" -> PageField.Kind.SECTIONPAGES;
            default -> null;
        };
        if (kind == null) {
            return null;
        }
        PageNumberFormat format = null;
        for (int i = 1; i + 1 < words.length; i++) {
            if (words[i].equals("\\*")) {
                format = switch (words[i + 1]) {
                    case "roman" -> PageNumberFormat.LOWER_ROMAN;
                    case "ROMAN" -> PageNumberFormat.UPPER_ROMAN;
                    case "alphabetic" -> PageNumberFormat.LOWER_LETTER;
                    case "ALPHABETIC" -> PageNumberFormat.UPPER_LETTER;
                    case "Arabic", "arabic" -> PageNumberFormat.DECIMAL;
                    default -> format;
                };
            }
        }
        return new PageField(kind, format, "", props);
    }
}
