package org.inkpool.docx.body;

import org.inkpool.model.PageField;
import org.inkpool.model.section.PageNumberFormat;

import java.util.Locale;

/**
 * A field instruction (instrText or fldSimple/@w:instr) recognised as a live page field: PAGE,
 * NUMPAGES or SECTIONPAGES, with the number format its \* switch names (facts §9).
 */
public record FieldInstruction(PageField.Kind kind, PageNumberFormat format) {

    /** The page field this instruction asks for, or null when it is any other field (its cached result is shown). */
    public static FieldInstruction parse(String instruction) {
        if (instruction == null) {
            return null;
        }
        String[] tokens = instruction.trim().split("\\s+");
        if (tokens.length == 0) {
            return null;
        }
        PageField.Kind kind = switch (tokens[0].toUpperCase(Locale.ROOT)) {
            case "PAGE" -> PageField.Kind.PAGE;
            case "NUMPAGES" -> PageField.Kind.NUMPAGES;
            case "SECTIONPAGES" -> PageField.Kind.SECTIONPAGES;
            default -> null;
        };
        if (kind == null) {
            return null;
        }
        PageNumberFormat format = null;
        for (int i = 1; i + 1 < tokens.length; i++) {
            if (tokens[i].equals("\\*")) {
                PageNumberFormat f = format(tokens[i + 1]);
                if (f != null) {
                    format = f;
                }
            }
        }
        return new FieldInstruction(kind, format);
    }

    /** Word's general formatting switches: the case of the switch's letters picks the case of the number. */
    private static PageNumberFormat format(String name) {
        return switch (name) {
            case "roman" -> PageNumberFormat.LOWER_ROMAN;
            case "Roman", "ROMAN" -> PageNumberFormat.UPPER_ROMAN;
            case "alphabetic" -> PageNumberFormat.LOWER_LETTER;
            case "Alphabetic", "ALPHABETIC" -> PageNumberFormat.UPPER_LETTER;
            case "Arabic", "arabic" -> PageNumberFormat.DECIMAL;
            default -> null;
        };
    }

    /** pgNumType/@w:fmt (and note numFmt) values that have a page number format; others count as decimal. */
    static PageNumberFormat numberFormat(String numFmt) {
        if (numFmt == null) {
            return null;
        }
        return switch (numFmt) {
            case "lowerRoman" -> PageNumberFormat.LOWER_ROMAN;
            case "upperRoman" -> PageNumberFormat.UPPER_ROMAN;
            case "lowerLetter" -> PageNumberFormat.LOWER_LETTER;
            case "upperLetter" -> PageNumberFormat.UPPER_LETTER;
            default -> PageNumberFormat.DECIMAL;
        };
    }
}
