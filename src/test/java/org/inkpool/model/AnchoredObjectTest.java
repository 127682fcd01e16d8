package org.inkpool.model;

import org.inkpool.model.drawing.Anchor;
import org.inkpool.model.drawing.TextBox;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnchoredObjectTest {

    @Test
    void anAnchorWithoutPositionsFlowsFromTheColumnAndParagraphWithoutWrap() {
        Anchor a = new Anchor(null, null, null, false, 0, true, true, false, null);
        assertEquals(Anchor.RelativeFrom.COLUMN, a.horizontal().from());
        assertEquals(Anchor.RelativeFrom.PARAGRAPH, a.vertical().from());
        assertFalse(a.wrap().displacesText());
        assertFalse(a.horizontal().hasPercent());
    }

    @Test
    void anObjectNeedsAnAnchorAndHoldsNoOtherObject() {
        Anchor a = new Anchor(null, null, null, false, 0, true, true, false, null);
        assertThrows(IllegalArgumentException.class, () -> new AnchoredObject(null, 10, 10, null, null, ""));
        AnchoredObject box = new AnchoredObject(a, 10, 10, null, new TextBox(List.of()), null);
        assertThrows(IllegalArgumentException.class, () -> new AnchoredObject(a, 10, 10, box, null, ""));
        assertEquals("", box.description());
    }

    @Test
    void aPlainTextBoxHasDrawingMlDefaultInsets() {
        TextBox t = new TextBox(List.of());
        assertEquals(7.2, t.insets().left());
        assertEquals(3.6, t.insets().top());
        assertEquals(TextBox.VerticalAnchor.TOP, t.anchor());
        assertTrue(t.blocks().isEmpty());
    }
}
