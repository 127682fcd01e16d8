package org.inkpool.doc;

import org.inkpool.model.drawing.Anchor;
import org.inkpool.model.AnchoredObject;
import org.inkpool.model.Document;
import org.inkpool.model.InlineImage;
import org.inkpool.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Floating pictures of a .doc (golden/floating.doc, written by LibreOffice from floating.docx, made by
 * make_floating_sources.py): each becomes an anchored object at its anchor, with the position, wrap and
 * layer its FSPA and Office Art options give, not an inline picture.
 */
class DocFloatingGoldenTest {
    @TempDir
    Path dir;

    @Test
    void squareWrappedPictureIsAnchoredToThePageAndParagraph() throws Exception {
        AnchoredObject red = anchored(read(), 0);
        assertThat(red.content()).isInstanceOf(InlineImage.class);
        assertThat(red.width()).isCloseTo(144, within(0.5));
        assertThat(red.height()).isCloseTo(72, within(0.5));
        Anchor a = red.anchor();
        assertThat(a.horizontal().from()).isEqualTo(Anchor.RelativeFrom.PAGE);
        assertThat(a.horizontal().offset()).isCloseTo(360, within(0.5));
        assertThat(a.vertical().from()).isEqualTo(Anchor.RelativeFrom.PARAGRAPH);
        assertThat(a.vertical().offset()).isCloseTo(18, within(0.5));
        assertThat(a.wrap().type()).isEqualTo(Anchor.WrapType.SQUARE);
        assertThat(a.wrap().text()).isEqualTo(Anchor.WrapText.BOTH_SIDES);
        assertThat(a.wrap().distLeft()).isCloseTo(9, within(0.1));
        assertThat(a.behindDoc()).isFalse();
        // LibreOffice writes fUsefLayoutInCell with fLayoutInCell off (the source says layoutInCell="1", but
        // the picture is not in a cell, so it does not matter to it): the flag is read, not assumed
        assertThat(a.layoutInCell()).isFalse();
        assertThat(a.allowOverlap()).isTrue();
    }

    @Test
    void unwrappedPictureBehindTextIsAnchoredToTheMarginAndPage() throws Exception {
        AnchoredObject blue = anchored(read(), 1);
        assertThat(blue.width()).isCloseTo(72, within(0.5));
        Anchor a = blue.anchor();
        assertThat(a.horizontal().from()).isEqualTo(Anchor.RelativeFrom.MARGIN);
        assertThat(a.horizontal().offset()).isCloseTo(0, within(0.5));
        assertThat(a.vertical().from()).isEqualTo(Anchor.RelativeFrom.PAGE);
        assertThat(a.vertical().offset()).isCloseTo(504, within(0.5));
        assertThat(a.wrap().type()).isEqualTo(Anchor.WrapType.NONE);
        assertThat(a.behindDoc()).isTrue();
    }

    @Test
    void noFloatingPictureIsLeftInTheLine() throws Exception {
        Document doc = read();
        for (int i = 0; i < 2; i++) {
            Paragraph p = (Paragraph) doc.sections().get(0).blocks().get(i);
            assertThat(p.inlines()).noneMatch(x -> x instanceof InlineImage);
            assertThat(DocGoldenTest.text(p)).isNotBlank();
        }
    }

    private static AnchoredObject anchored(Document doc, int paragraph) {
        Paragraph p = (Paragraph) doc.sections().get(0).blocks().get(paragraph);
        List<AnchoredObject> found = p.inlines().stream().filter(i -> i instanceof AnchoredObject)
                .map(i -> (AnchoredObject) i).toList();
        assertThat(found).as("anchored objects of paragraph " + paragraph).hasSize(1);
        return found.get(0);
    }

    private Document read() throws Exception {
        Path target = dir.resolve("floating.doc");
        try (InputStream in = DocFloatingGoldenTest.class.getResourceAsStream("golden/floating.doc")) {
            assertThat(in).isNotNull();
            Files.copy(in, target);
        }
        return new DocReader().read(target);
    }
}
