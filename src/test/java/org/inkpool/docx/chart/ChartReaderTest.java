package org.inkpool.docx.chart;

import org.inkpool.docx.opc.SecureXml;
import org.inkpool.model.style.Rgb;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cached data of a chart part, read without the embedded workbook. */
class ChartReaderTest {

    private static final String NS = "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
            + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"";
    private static final List<Rgb> PALETTE = List.of(new Rgb(0x111111), new Rgb(0x222222), new Rgb(0x333333),
            new Rgb(0x444444), new Rgb(0x555555), new Rgb(0x666666));

    private static Document xml(String s) throws Exception {
        return SecureXml.parse(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static String series(String name, String[] cats, String... values) {
        StringBuilder sb = new StringBuilder("<c:ser><c:tx><c:strRef><c:f>S!$B$1</c:f><c:strCache><c:ptCount val=\"1\"/>"
                + "<c:pt idx=\"0\"><c:v>" + name + "</c:v></c:pt></c:strCache></c:strRef></c:tx>");
        sb.append("<c:cat><c:strRef><c:strCache>");
        for (int i = 0; i < cats.length; i++) {
            sb.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(cats[i]).append("</c:v></c:pt>");
        }
        sb.append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:numCache><c:formatCode>General</c:formatCode>");
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                sb.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(values[i]).append("</c:v></c:pt>");
            }
        }
        return sb.append("</c:numCache></c:numRef></c:val></c:ser>").toString();
    }

    @Test
    void readsAStackedColumnChartWithItsSeriesCategoriesValuesAndLegend() throws Exception {
        String[] cats = {"North", "South", "East"};
        Document part = xml("<c:chartSpace " + NS + "><c:txPr><a:bodyPr/><a:p><a:pPr><a:defRPr sz=\"900\"/></a:pPr>"
                + "</a:p></c:txPr><c:chart><c:autoTitleDeleted val=\"1\"/><c:plotArea><c:barChart>"
                + "<c:barDir val=\"col\"/><c:grouping val=\"stacked\"/>"
                + series("Apples", cats, "1.5", null, "3")
                + series("Pears", cats, "2", "4", "6").replace("<c:cat>", "<c:spPr><a:solidFill><a:schemeClr "
                        + "val=\"accent3\"/></a:solidFill></c:spPr><c:cat>")
                + "</c:barChart><c:catAx><c:delete val=\"0\"/><c:title><c:tx><c:rich><a:p><a:r><a:t>Region</a:t></a:r>"
                + "</a:p></c:rich></c:tx></c:title></c:catAx><c:valAx><c:delete val=\"1\"/>"
                + "<c:majorGridlines/></c:valAx></c:plotArea><c:legend><c:legendPos val=\"b\"/></c:legend>"
                + "</c:chart></c:chartSpace>");

        ChartData chart = new ChartReader(PALETTE).read(part);

        assertThat(chart.type()).isEqualTo(ChartData.Type.BAR);
        assertThat(chart.horizontal()).isFalse();
        assertThat(chart.grouping()).isEqualTo(ChartData.Grouping.STACKED);
        assertThat(chart.title()).isNull();
        assertThat(chart.categories()).containsExactly("North", "South", "East");
        assertThat(chart.series()).extracting(ChartData.Series::name).containsExactly("Apples", "Pears");
        assertThat(chart.series().get(0).values()).containsExactly(1.5, null, 3.0);
        assertThat(chart.series().get(1).values()).containsExactly(2.0, 4.0, 6.0);
        assertThat(chart.series().get(0).color()).isNull();
        assertThat(chart.series().get(1).color()).as("accent3 of the palette").isEqualTo(new Rgb(0x333333));
        assertThat(chart.legend()).isEqualTo(ChartData.LegendPosition.BOTTOM);
        assertThat(chart.categoryAxis()).isTrue();
        assertThat(chart.valueAxis()).as("c:delete val=1").isFalse();
        assertThat(chart.gridlines()).isTrue();
        assertThat(chart.textSize()).isEqualTo(9.0);
        assertThat(chart.categoryTitle()).isEqualTo("Region");
        assertThat(chart.valueTitle()).as("the deleted axis shows no title").isNull();
    }

    @Test
    void readsAPieWithARichTitleAndNoLegend() throws Exception {
        String[] cats = {"Jan", "Feb"};
        Document part = xml("<c:chartSpace " + NS + "><c:chart><c:title><c:tx><c:rich><a:p><a:r><a:rPr b=\"1\"/><a:t>Sales </a:t></a:r>"
                + "<a:r><a:t>by month</a:t></a:r></a:p></c:rich></c:tx></c:title><c:plotArea><c:pieChart>"
                + "<c:varyColors val=\"1\"/>" + series("Total", cats, "3", "1") + "</c:pieChart></c:plotArea>"
                + "</c:chart></c:chartSpace>");

        ChartData chart = new ChartReader(PALETTE).read(part);

        assertThat(chart.type()).isEqualTo(ChartData.Type.PIE);
        assertThat(chart.title()).isEqualTo("Sales by month");
        assertThat(chart.titleBold()).isTrue();
        assertThat(chart.legend()).isNull();
        assertThat(chart.varyColors()).isTrue();
        assertThat(chart.categoryCount()).isEqualTo(2);
    }

    @Test
    void aTitleWithoutTextIsOfficesAutomaticOneAndUnknownKindsAreNamed() throws Exception {
        Document part = xml("<c:chartSpace " + NS + "><c:chart><c:title/><c:plotArea><c:radarChart>"
                + series("A", new String[] {"x"}, "1") + series("B", new String[] {"x"}, "2")
                + "</c:radarChart></c:plotArea></c:chart></c:chartSpace>");

        ChartData chart = new ChartReader(PALETTE).read(part);

        assertThat(chart.type()).isEqualTo(ChartData.Type.OTHER);
        assertThat(chart.typeName()).isEqualTo("radarChart");
        assertThat(chart.title()).isEqualTo("Chart Title");
    }

    @Test
    void theThemesAccentsMakeThePalette() throws Exception {
        Document theme = xml("<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:themeElements>"
                + "<a:clrScheme name=\"Office\"><a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1>"
                + Arrays.stream(new String[] {"4F81BD", "C0504D", "9BBB59", "8064A2", "4BACC6", "F79646"})
                        .map(new java.util.function.Function<String, String>() {
                            int i = 1;

                            @Override
                            public String apply(String c) {
                                int n = i++;
                                return "<a:accent" + n + "><a:srgbClr val=\"" + c + "\"/></a:accent" + n + ">";
                            }
                        }).reduce("", String::concat)
                + "</a:clrScheme></a:themeElements></a:theme>");

        assertThat(ChartLoader.accents(theme)).containsExactly(new Rgb(0x4F81BD), new Rgb(0xC0504D),
                new Rgb(0x9BBB59), new Rgb(0x8064A2), new Rgb(0x4BACC6), new Rgb(0xF79646));
    }
}
