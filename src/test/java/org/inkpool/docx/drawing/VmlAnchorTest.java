package org.inkpool.docx.drawing;

import org.inkpool.model.drawing.Anchor;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A VML shape floats where it says where it stands or how text wraps; its anchor comes from its style. */
class VmlAnchorTest {

    private static Element shape(String style, String inner) throws Exception {
        String xml = "<v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" "
                + "xmlns:w10=\"urn:schemas-microsoft-com:office:word\" style=\"" + style + "\">" + inner + "</v:shape>";
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    @Test
    void anAbsoluteShapeWithAPositionFloatsWithItsOffsetsAndWrap() throws Exception {
        Element s = shape("position:absolute;margin-left:10pt;margin-top:-20pt;width:50pt;height:30pt;"
                + "mso-position-horizontal-relative:page;z-index:-3", "<w10:wrap type=\"square\" side=\"left\"/>");
        assertThat(VmlAnchor.floats(s)).isTrue();
        Anchor a = VmlAnchor.read(s);
        assertThat(a.horizontal().from()).isEqualTo(Anchor.RelativeFrom.PAGE);
        assertThat(a.horizontal().offset()).isCloseTo(10, within(1e-9));
        assertThat(a.vertical().from()).isEqualTo(Anchor.RelativeFrom.PARAGRAPH);
        assertThat(a.vertical().offset()).isCloseTo(-20, within(1e-9));
        assertThat(a.wrap().type()).isEqualTo(Anchor.WrapType.SQUARE);
        assertThat(a.wrap().text()).isEqualTo(Anchor.WrapText.LEFT);
        assertThat(a.behindDoc()).isTrue();
    }

    @Test
    void anAbsoluteShapeThatSaysNothingOfItsPlaceStaysInTheLine() throws Exception {
        assertThat(VmlAnchor.floats(shape("position:absolute;width:484pt;height:104pt", ""))).isFalse();
        assertThat(VmlAnchor.floats(shape("width:48pt;height:10pt", ""))).isFalse();
    }
}
