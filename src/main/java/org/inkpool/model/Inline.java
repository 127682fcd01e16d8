package org.inkpool.model;

/** Content flowing inside a paragraph. */
public sealed interface Inline permits TextRun, Tab, Break, InlineImage, InlineDrawing, NoteReference, PageField,
        MathZone, AnchoredObject {
}
