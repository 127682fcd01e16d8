package org.inkpool.convert;

import org.inkpool.testing.GoldenImages;
import org.inkpool.testing.RawDocx;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

/**
 * Page geometry end to end, one structure per document built here: a square-wrapped float with the text
 * beside and below it, two columns, filled and outlined preset shapes, a text box with text around it, a
 * turned shape. The first page, rendered at low resolution, must match its stored image
 * ({@code src/test/resources/org/inkpool/convert/geometry}); a diff is written under target/geometry-golden.
 */
class GeometryGoldenTest {

    private static final float DPI = 48;
    private static final String WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
    private static final String WORDS = ("Floats, columns and shapes place things on the page where the document says, "
            + "and the text makes room for them. ").repeat(6);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"float-square", "columns", "shapes", "textbox", "turned"})
    void pageMatchesItsGoldenImage(String name) throws Exception {
        String body = switch (name) {
            case "float-square" -> "<w:p>" + run(anchor("margin", 0, "paragraph", 0, 914400, 914400,
                    "<wp:wrapSquare wrapText=\"bothSides\"/>", shape("rect", 914400, 914400, fill("808080"), ""))) + text(WORDS)
                    + "</w:p>";
            case "columns" -> "<w:p>" + text(WORDS) + "</w:p><w:p><w:r><w:br w:type=\"column\"/></w:r>" + text(WORDS)
                    + "</w:p>";
            case "shapes" -> "<w:p>" + run(anchor("page", 457200, "page", 457200, 1143000, 762000, "<wp:wrapNone/>",
                    shape("ellipse", 1143000, 762000, fill("404040"), "")))
                    + run(anchor("page", 1828800, "page", 457200, 1371600, 762000, "<wp:wrapNone/>",
                    shape("rightArrow", 1371600, 762000, fill("909090"), "")))
                    + run(anchor("page", 457200, "page", 1600200, 2743200, 914400, "<wp:wrapNone/>",
                    shape("roundRect", 2743200, 914400, "<a:noFill/>", "<a:ln w=\"38100\"><a:solidFill><a:srgbClr val=\"000000\"/>"
                            + "</a:solidFill><a:prstDash val=\"dash\"/></a:ln>")))
                    + text("Shapes") + "</w:p>";
            case "textbox" -> "<w:p>" + run(anchor("margin", 1371600, "paragraph", 0, 1371600, 1097280,
                    "<wp:wrapSquare wrapText=\"bothSides\"/>", textBox(1371600, 1097280))) + text(WORDS) + "</w:p>";
            case "turned" -> "<w:p>" + run(anchor("page", 1143000, "page", 914400, 1828800, 457200, "<wp:wrapNone/>",
                    shape("rect", 1828800, 457200, fill("505050"), "").replace("<a:xfrm>", "<a:xfrm rot=\"1800000\">")))
                    + text("Turned") + "</w:p>";
            default -> throw new IllegalArgumentException(name);
        };
        String columns = name.equals("columns") ? "<w:cols w:num=\"2\" w:space=\"360\"/>" : "";
        Path docx = RawDocx.body(body + "<w:sectPr><w:pgSz w:w=\"6000\" w:h=\"5000\"/><w:pgMar w:top=\"720\" w:right=\"720\""
                        + " w:bottom=\"720\" w:left=\"720\" w:header=\"0\" w:footer=\"0\" w:gutter=\"0\"/>" + columns + "</w:sectPr>")
                .styles("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Liberation Serif\" w:hAnsi=\"Liberation Serif\"/>"
                        + "<w:sz w:val=\"20\"/></w:rPr></w:rPrDefault></w:docDefaults>")
                .write(dir.resolve(name + ".docx"));
        Path pdf = dir.resolve(name + ".pdf");
        Engine.converter().convert(docx, pdf, ConversionListener.NONE);
        GoldenImages.assertMatches("geometry", name, GoldenImages.render(pdf, 0, DPI), 0.97);
    }

    private static String text(String words) {
        return "<w:r><w:t xml:space=\"preserve\">" + words + "</w:t></w:r>";
    }

    private static String run(String drawing) {
        return "<w:r><w:drawing>" + drawing + "</w:drawing></w:r>";
    }

    private static String anchor(String fromH, long x, String fromV, long y, long cx, long cy, String wrap, String graphic) {
        return "<wp:anchor distT=\"0\" distB=\"0\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" relativeHeight=\"1\""
                + " behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"" + fromH + "\"><wp:posOffset>" + x + "</wp:posOffset></wp:positionH>"
                + "<wp:positionV relativeFrom=\"" + fromV + "\"><wp:posOffset>" + y + "</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"" + cx + "\" cy=\"" + cy + "\"/>" + wrap + "<wp:docPr id=\"1\" name=\"s\"/>"
                + "<a:graphic><a:graphicData uri=\"" + WPS + "\">" + graphic + "</a:graphicData></a:graphic></wp:anchor>";
    }

    private static String fill(String rgb) {
        return "<a:solidFill><a:srgbClr val=\"" + rgb + "\"/></a:solidFill>";
    }

    private static String shape(String preset, long cx, long cy, String fill, String line) {
        return "<wps:wsp xmlns:wps=\"" + WPS + "\"><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx + "\" cy=\"" + cy
                + "\"/></a:xfrm><a:prstGeom prst=\"" + preset + "\"><a:avLst/></a:prstGeom>" + fill + line + "</wps:spPr>"
                + "<wps:bodyPr/></wps:wsp>";
    }

    private static String textBox(long cx, long cy) {
        return shape("rect", cx, cy, "<a:noFill/>", "<a:ln w=\"12700\"><a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill></a:ln>")
                .replace("<wps:bodyPr/>", "<wps:txbx><w:txbxContent><w:p>" + text("A text box holds its own paragraphs.")
                        + "</w:p></w:txbxContent></wps:txbx><wps:bodyPr lIns=\"91440\" tIns=\"45720\" rIns=\"91440\" bIns=\"45720\"/>");
    }
}
