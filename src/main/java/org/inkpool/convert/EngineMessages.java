package org.inkpool.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's message vocabulary: each code with the English text the readers, the layout and the writer
 * produce for it, recognised from that text (so the places that warn stay as they are), and whether it
 * changes the page. A metric-compatible substitute (Calibri → Carlito) lays out exactly as the original:
 * it is information, not a warning. Text that matches no code keeps the code {@link #OTHER} with the
 * text as its one argument, and counts as a warning.
 */
public final class EngineMessages {
    public static final String OTHER = "OTHER";
    /** A failure whose reason matches no code: arguments are the {@link FailureKind} name and the reason. */
    public static final String FAILURE = "FAILURE";

    private record Rule(String code, boolean warning, Pattern pattern) {
    }

    private static final List<Rule> WARNINGS = List.of(
            info("FONT_SUBSTITUTED", "font '(.+)' replaced by '(.+)'"),
            warning("FONT_BUNDLED", "font '(.+)' not installed, using bundled '(.+)'"),
            warning("FONT_NOT_INSTALLED", "font '(.+)' not installed, using '(.+)'"),
            warning("FONT_NO_BOLD", "font '(.+)' has no bold face; bold text is emboldened from its regular face"),
            warning("FONT_NOT_EMBEDDABLE", "font '(.+)' cannot be embedded \\((.*)\\); drawn with '(.+)'"),
            warning("EMBEDDED_FONT_UNUSABLE", "embedded font '(.+)' could not be used \\((.*)\\).*"),
            warning("CHARS_FALLBACK", "(\\d+) characters? drawn with fallback font '(.+)'"),
            warning("CHARS_MISSING", "(\\d+) characters? left out: no installed font has a glyph for them \\((.*)\\)"),
            warning("PICTURE_NOT_DECODED", "picture(?: '(.*)')? \\((\\w+)\\) could not be decoded and was left out: (.*)"),
            info("PICTURE_REDUCED", "Picture (.+) \\((.+)\\) was reduced to (.+)"),
            warning("PICTURE_LEFT_OUT", "Picture (.+?) (?:\\(.*\\) )?(?:could not be|is (?:in a format|larger|missing|too large)).*"),
            warning("CHART_KIND_NOT_DRAWN", "Charts of kind (.+) are not drawn; only the chart's frame and title are shown"),
            warning("CHART_LEFT_OUT", "(?:A chart|Chart) .*(?:left out)"),
            warning("SMARTART_AS_TEXT", "SmartArt diagrams are shown as their text, without their shapes"),
            warning("NESTED_TOO_DEEP", "Content nested more than (\\d+) levels deep was left out"),
            warning("HEADER_FOOTER_LEFT_OUT", "A header or footer could not be read and was left out"),
            warning("DOC_SHAPES_NOT_SHOWN", "Drawn shapes of a \\.doc file \\(other than pictures\\) are not shown yet"),
            warning("ALTCHUNK_LEFT_OUT", "Imported content \\(altChunk\\) is not supported yet.*"));

    private static final List<Rule> FAILURES = List.of(
            warning("FILE_NOT_FOUND", "file not found: (.+)"),
            warning("FILE_NOT_READABLE", "file cannot be read \\(no permission\\): (.+)"),
            warning("DISK_FULL", "disk full: could not write (.+) \\(no space left on the output volume\\)"),
            warning("OUTPUT_READ_ONLY", "could not write (.+): the output folder is on a read-only volume"),
            warning("OUTPUT_NO_PERMISSION", "could not write (.+): no permission to write in (.+)"),
            warning("TIMED_OUT_STALLED", "timed out: no progress for (.+)"),
            warning("TIMED_OUT_LIMIT", "timed out: still converting after (.+)"),
            warning("OUT_OF_MEMORY", "ran out of memory"),
            warning("NESTS_TOO_DEEPLY", "document nests too deeply \\(stack overflow\\)"));

    private EngineMessages() {
    }

    private static Rule info(String code, String regex) {
        return new Rule(code, false, Pattern.compile(regex, Pattern.DOTALL));
    }

    private static Rule warning(String code, String regex) {
        return new Rule(code, true, Pattern.compile(regex, Pattern.DOTALL));
    }

    /** The code and arguments of a warning the engine wrote in English. */
    public static EngineMessage warning(String english) {
        String text = english == null ? "" : english;
        EngineMessage known = match(WARNINGS, text);
        return known != null ? known : new EngineMessage(OTHER, List.of(text), text);
    }

    /** The code and arguments of a failure reason. */
    public static EngineMessage failure(FailureKind kind, String reason) {
        String text = reason == null || reason.isBlank() ? kind.description() : reason;
        EngineMessage known = match(FAILURES, text);
        if (known != null) {
            return known;
        }
        // "corrupt or damaged: <detail>": the kind is said by the code's own words, the detail stays
        String prefix = kind.description() + ": ";
        String detail = text.startsWith(prefix) ? text.substring(prefix.length()) : text.equals(kind.description()) ? "" : text;
        return new EngineMessage(FAILURE, List.of(kind.name(), detail), text);
    }

    /** The same message, from a code and arguments that came over the wire (unknown codes are kept). */
    public static EngineMessage of(String code, List<String> args, String english) {
        return new EngineMessage(code, args, english);
    }

    static boolean isWarning(String code) {
        for (Rule rule : WARNINGS) {
            if (rule.code().equals(code)) {
                return rule.warning();
            }
        }
        return true;
    }

    /** Every code a message can carry, warnings and failures (for completeness checks of translations). */
    public static List<String> codes() {
        List<String> codes = new ArrayList<>();
        WARNINGS.forEach(r -> codes.add(r.code()));
        FAILURES.forEach(r -> codes.add(r.code()));
        codes.add(OTHER);
        codes.add(FAILURE);
        return codes;
    }

    private static EngineMessage match(List<Rule> rules, String text) {
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(text);
            if (m.matches()) {
                List<String> args = new ArrayList<>();
                for (int g = 1; g <= m.groupCount(); g++) {
                    args.add(m.group(g) == null ? "" : m.group(g));
                }
                return new EngineMessage(rule.code(), args, text);
            }
        }
        return null;
    }
}
