package org.inkpool.docx.body;

import org.inkpool.model.LinkTarget;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The link a field's result makes: HYPERLINK "address" (or HYPERLINK \l "bookmark"), and REF or PAGEREF
 * with the \h switch, which link to the bookmark they name.
 */
public final class LinkField {

    private LinkField() {
    }

    /** The field's link target, or null when the field links nowhere (or to a scheme that is not followed). */
    public static LinkTarget parse(String instruction) {
        List<String> tokens = tokens(instruction);
        if (tokens.isEmpty()) {
            return null;
        }
        String kind = tokens.get(0).toUpperCase(Locale.ROOT);
        if (kind.equals("HYPERLINK")) {
            String address = null;
            String bookmark = null;
            for (int i = 1; i < tokens.size(); i++) {
                String t = tokens.get(i);
                if (t.equalsIgnoreCase("\\l") && i + 1 < tokens.size()) {
                    bookmark = tokens.get(++i);
                } else if (t.startsWith("\\")) {
                    if (takesArgument(t) && i + 1 < tokens.size()) {
                        i++;
                    }
                } else if (address == null) {
                    address = t;
                }
            }
            if (address != null && !address.isEmpty()) {
                return bookmark == null ? LinkTarget.external(address)
                        : LinkTarget.external(address + "#" + bookmark);
            }
            return LinkTarget.internal(bookmark);
        }
        if ((kind.equals("REF") || kind.equals("PAGEREF")) && tokens.size() > 1
                && tokens.stream().anyMatch(t -> t.equalsIgnoreCase("\\h"))) {
            return LinkTarget.internal(tokens.get(1));
        }
        return null;
    }

    /** HYPERLINK's switches with a value: \m takes none, \n none, \o a tooltip, \t a target frame. */
    private static boolean takesArgument(String s) {
        return s.equalsIgnoreCase("\\o") || s.equalsIgnoreCase("\\t");
    }

    /** Words of the instruction; a quoted string is one word (without its quotes). */
    static List<String> tokens(String instruction) {
        List<String> out = new ArrayList<>();
        if (instruction == null) {
            return out;
        }
        String s = instruction.strip();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = s.indexOf('"', i + 1);
                if (end < 0) {
                    end = s.length();
                }
                out.add(s.substring(i + 1, end));
                i = end + 1;
            } else {
                int end = i;
                while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
                    end++;
                }
                out.add(s.substring(i, end));
                i = end;
            }
        }
        return out;
    }
}
