package org.inkpool.docx.body;

import org.inkpool.model.style.Rgb;
import org.inkpool.model.style.RunProps;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How tracked changes (w:ins, w:del, w:moveTo, w:moveFrom) look in the chosen {@link RevisionView}.
 * In the markup view this follows Word's default Track Changes options: insertions underlined and
 * deletions struck through in the author's colour ("By author"), moves in green with a double
 * underline / double strike-through. Author colours are handed out in the order the authors first
 * appear, from a fixed palette (Word's own per-author order is not documented; this one starts with
 * the dark red Word typically gives the first reviewer).
 */
public final class Revisions {
    /** What a tracked-change wrapper did to its content. */
    enum Kind { INSERTED, DELETED, MOVED_TO, MOVED_FROM }

    /** One open wrapper: its kind and author. */
    record Mark(Kind kind, String author) {
    }

    private static final Rgb[] AUTHOR_COLORS = {
        new Rgb(0xC00000), new Rgb(0x0070C0), new Rgb(0x7030A0), new Rgb(0xC55A11),
        new Rgb(0x00827F), new Rgb(0xBF8F00), new Rgb(0x2F5597), new Rgb(0xFF33CC),
    };
    private static final Rgb MOVE_COLOR = new Rgb(0x00B050);

    private final RevisionView view;
    private final Map<String, Rgb> authorColors = new LinkedHashMap<>();

    public Revisions(RevisionView view) {
        this.view = view == null ? RevisionView.ALL_MARKUP : view;
    }

    /** Whether deleted and moved-away content is shown at all. */
    boolean showsRemoved() {
        return view == RevisionView.ALL_MARKUP;
    }

    /** The properties of text inside {@code mark}; plain {@code props} when there is no mark or no markup view. */
    RunProps apply(RunProps props, Mark mark) {
        if (mark == null || view != RevisionView.ALL_MARKUP) {
            return props;
        }
        return switch (mark.kind()) {
            case INSERTED -> with(props, RunProps.Underline.SINGLE, false, false, colorOf(mark.author()));
            case DELETED -> with(props, props.underline(), true, false, colorOf(mark.author()));
            case MOVED_TO -> with(props, RunProps.Underline.DOUBLE, false, false, MOVE_COLOR);
            case MOVED_FROM -> with(props, props.underline(), false, true, MOVE_COLOR);
        };
    }

    /** The colour of one author's changes; the same author always gets the same colour within a document. */
    public Rgb colorOf(String author) {
        String key = author == null ? "" : author;
        return authorColors.computeIfAbsent(key, k -> AUTHOR_COLORS[authorColors.size() % AUTHOR_COLORS.length]);
    }

    static Kind kindOf(String localName) {
        return switch (localName) {
            case "ins" -> Kind.INSERTED;
            case "del" -> Kind.DELETED;
            case "moveTo" -> Kind.MOVED_TO;
            case "moveFrom" -> Kind.MOVED_FROM;
            default -> null;
        };
    }

    private static RunProps with(RunProps p, RunProps.Underline underline, boolean strike, boolean doubleStrike,
                                 Rgb color) {
        return new RunProps(p.fontAscii(), p.fontHAnsi(), p.fontEastAsia(), p.fontCs(), p.size(), p.bold(),
                p.italic(), underline, strike || p.strike() && !doubleStrike, doubleStrike || p.doubleStrike(),
                p.caps(), p.smallCaps(), p.verticalAlign(), color, p.highlight(), p.spacing(), p.hidden(), p.raise(),
                p.scale(), p.kern(), p.ligatures());
    }
}
