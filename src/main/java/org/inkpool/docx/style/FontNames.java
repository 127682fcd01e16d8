package org.inkpool.docx.style;

/**
 * Resolves theme font references with the document's languages, and supplies the names Word falls back
 * to when nothing in the cascade names a font.
 */
public final class FontNames {
    private final Theme theme;
    private final String eastAsiaLang;
    private final String bidiLang;

    public FontNames(Theme theme, String eastAsiaLang, String bidiLang) {
        this.theme = theme;
        this.eastAsiaLang = eastAsiaLang;
        this.bidiLang = bidiLang;
    }

    public String theme(String reference) {
        return theme.resolve(reference, eastAsiaLang, bidiLang);
    }

    /** No font anywhere and no theme: Times New Roman (word-layout-facts §2). */
    String defaultLatin() {
        return "Times New Roman";
    }

    /** Word's default East Asian face for the document's language, or null (then the Latin face is used). */
    String defaultEastAsia() {
        return switch (Theme.eastAsiaScript(eastAsiaLang)) {
            case "Hans" -> "SimSun";
            case "Hant" -> "PMingLiU";
            case "Jpan" -> "MS Mincho";
            case "Hang" -> "Batang";
            default -> null;
        };
    }
}
