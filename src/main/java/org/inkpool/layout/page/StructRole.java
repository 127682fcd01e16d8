package org.inkpool.layout.page;

/**
 * What a piece of the page is to a reader of the document's structure (ISO 32000-1 §14.8.4 standard
 * structure types): a heading, a paragraph, a list item, a table cell, a figure, a note, or an
 * artifact (headers, footers, page numbers: no part of the text read aloud).
 */
public enum StructRole {
    H1("H1"), H2("H2"), H3("H3"), H4("H4"), H5("H5"), H6("H6"), P("P"),
    /** A list item; consecutive items under one parent make one list. */
    LI("LI"), LBL("Lbl"), LBODY("LBody"),
    TABLE("Table"), TR("TR"), TH("TH"), TD("TD"),
    FIGURE("Figure"), NOTE("Note"), LINK("Link"),
    ARTIFACT("Artifact");

    private final String pdfName;

    StructRole(String pdfName) {
        this.pdfName = pdfName;
    }

    /** The structure type's name in the PDF. */
    public String pdfName() {
        return pdfName;
    }

    /** H1 … H6 for outline levels 0 … 5 (deeper levels read as H6). */
    public static StructRole heading(int outlineLevel) {
        return values()[Math.max(0, Math.min(5, outlineLevel))];
    }
}
