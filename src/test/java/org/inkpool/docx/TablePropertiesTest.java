package org.inkpool.docx;

import org.inkpool.docx.style.CompatibilityMode;
import org.inkpool.model.style.Alignment;
import org.inkpool.model.style.Border;
import org.inkpool.model.table.CellMargins;
import org.inkpool.model.table.CellProps;
import org.inkpool.model.Document;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.table.RowProps;
import org.inkpool.model.Table;
import org.inkpool.model.table.TableCell;
import org.inkpool.model.table.TableWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.docx.TestDocx.p;

/** Table, row and cell properties, direct and from the table style. */
class TablePropertiesTest {
    @TempDir
    Path dir;

    private static final String GRID_STYLE = "<w:style w:type=\"table\" w:styleId=\"TableGrid\">"
            + "<w:name w:val=\"Table Grid\"/><w:tblPr><w:tblBorders>"
            + "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
            + "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
            + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
            + "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
            + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
            + "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
            + "</w:tblBorders><w:tblCellMar><w:left w:w=\"108\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
            + "</w:tblCellMar></w:tblPr></w:style>";

    private Table read(String styles, String tableXml) throws Exception {
        Document d = new DocxReader().read(TestDocx.body(tableXml + p("after")).styles(styles).write(dir, "t.docx"));
        return (Table) Models.blocks(d).get(0);
    }

    @Test
    void tableStyleBordersApplyAndDirectSidesOverrideThem() throws Exception {
        Table t = read(GRID_STYLE, "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/>"
                + "<w:tblBorders><w:top w:val=\"double\" w:sz=\"12\" w:color=\"FF0000\"/><w:insideV w:val=\"nil\"/>"
                + "</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid>"
                + "<w:tr><w:tc>" + p("x") + "</w:tc></w:tr></w:tbl>");
        assertThat(t.props().borders().top()).isEqualTo(new Border(Border.Kind.DOUBLE, 1.5, new Rgb(0xFF0000)));
        assertThat(t.props().borders().left()).isEqualTo(new Border(Border.Kind.SINGLE, 0.5, null));
        assertThat(t.props().borders().insideH().visible()).isTrue();
        assertThat(t.props().borders().insideV()).isEqualTo(Border.NIL);
    }

    @Test
    void widthLayoutJustificationMarginsAndSpacing() throws Exception {
        Table t = read("", "<w:tbl><w:tblPr><w:tblW w:w=\"2500\" w:type=\"pct\"/><w:jc w:val=\"center\"/>"
                + "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/>"
                + "<w:left w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                + "<w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid><w:tr><w:tc>" + p("x") + "</w:tc></w:tr></w:tbl>");
        assertThat(t.props().width()).isEqualTo(new TableWidth(TableWidth.Unit.PERCENT, 0.5));
        assertThat(t.props().alignment()).isEqualTo(Alignment.CENTER);
        assertThat(t.props().fixedLayout()).isTrue();
        assertThat(t.props().cellMargins()).isEqualTo(new CellMargins(2, 0, 0, 5.4));
    }

    @Test
    void rowHeightRuleAndCantSplit() throws Exception {
        Table t = read("", "<w:tbl><w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid>"
                + "<w:tr><w:trPr><w:trHeight w:val=\"400\" w:hRule=\"exact\"/><w:cantSplit/></w:trPr><w:tc>" + p("x")
                + "</w:tc></w:tr><w:tr><w:trPr><w:trHeight w:val=\"300\"/></w:trPr><w:tc>" + p("y") + "</w:tc></w:tr>"
                + "<w:tr><w:tc>" + p("z") + "</w:tc></w:tr></w:tbl>");
        assertThat(t.rows().get(0).props()).isEqualTo(new RowProps(20, RowProps.HeightRule.EXACT, true));
        assertThat(t.rows().get(1).props()).isEqualTo(new RowProps(15, RowProps.HeightRule.AT_LEAST, false));
        assertThat(t.rows().get(2).props()).isEqualTo(RowProps.DEFAULT);
    }

    @Test
    void cellMarginsVerticalAlignmentWidthAndBorders() throws Exception {
        Table t = read("", "<w:tbl><w:tblPr><w:tblCellMar><w:left w:w=\"60\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                + "<w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/>"
                + "<w:tcMar><w:right w:w=\"200\" w:type=\"dxa\"/></w:tcMar><w:vAlign w:val=\"bottom\"/>"
                + "<w:tcBorders><w:bottom w:val=\"dotted\" w:sz=\"8\"/><w:left w:val=\"none\"/></w:tcBorders></w:tcPr>"
                + p("x") + "</w:tc></w:tr></w:tbl>");
        CellProps props = t.rows().get(0).cells().get(0).props();
        assertThat(props.width()).isEqualTo(new TableWidth(TableWidth.Unit.POINTS, 100));
        assertThat(props.margins()).isEqualTo(new CellMargins(0, 3, 0, 10));
        assertThat(props.verticalAlign()).isEqualTo(CellProps.VerticalAlign.BOTTOM);
        assertThat(props.borders().bottom()).isEqualTo(new Border(Border.Kind.DOTTED, 1, null));
        assertThat(props.borders().left()).isEqualTo(Border.NONE);
        assertThat(props.borders().top()).isNull();
    }

    @Test
    void cellWithoutOwnMarginsUsesTheTables() throws Exception {
        Table t = read("", "<w:tbl><w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid><w:tr><w:tc>" + p("x")
                + "</w:tc></w:tr></w:tbl>");
        TableCell cell = t.rows().get(0).cells().get(0);
        assertThat(cell.props().margins()).isNull();
        assertThat(t.props().cellMargins()).isEqualTo(CellMargins.WORD_DEFAULT);
    }

    @Test
    void withoutCompatibilityModeTheIndentPlacesTheFirstCellsTextAndRowsKeepGridBefore() throws Exception {
        String table = "<w:tbl><w:tblPr><w:tblInd w:w=\"200\" w:type=\"dxa\"/></w:tblPr>"
                + "<w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid><w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>"
                + "<w:tc>" + p("x") + "</w:tc></w:tr></w:tbl>";
        Table old = read("", table);
        assertThat(old.indent()).isEqualTo(10);
        assertThat(old.props().indentToText()).isTrue();
        assertThat(old.rows().get(0).props().gridBefore()).isEqualTo(1);
    }

    @Test
    void compatibilityModeIsTheHighestSettingAndTwelveWhenAbsent() throws Exception {
        String ns = "xmlns:w=\"" + TestDocx.W + "\"";
        String two = "<w:settings " + ns + "><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:val=\"14\"/>"
                + "<w:compatSetting w:name=\"compatibilityMode\" w:val=\"15\"/></w:compat></w:settings>";
        String none = "<w:settings " + ns + "><w:compat/></w:settings>";
        assertThat(CompatibilityMode.of(xml(two))).isEqualTo(15);
        assertThat(CompatibilityMode.of(xml(none))).isEqualTo(12);
    }

    private static org.w3c.dom.Document xml(String text) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void conditionalFormattingOfTheStyleAppliesAsTblLookAsks() throws Exception {
        String style = "<w:style w:type=\"table\" w:styleId=\"Banded\"><w:tblPr><w:tblStyleRowBandSize w:val=\"1\"/>"
                + "</w:tblPr><w:tcPr><w:shd w:val=\"clear\" w:fill=\"EEEEEE\"/></w:tcPr>"
                + "<w:tblStylePr w:type=\"firstRow\"><w:tcPr><w:shd w:val=\"clear\" w:fill=\"000080\"/>"
                + "<w:tcBorders><w:bottom w:val=\"single\" w:sz=\"12\"/></w:tcBorders></w:tcPr></w:tblStylePr>"
                + "<w:tblStylePr w:type=\"band2Horz\"><w:tcPr><w:shd w:val=\"clear\" w:fill=\"DDDDDD\"/></w:tcPr>"
                + "</w:tblStylePr></w:style>";
        String rows = ("<w:tr><w:tc>" + p("x") + "</w:tc></w:tr>").repeat(3);
        Table t = read(style, "<w:tbl><w:tblPr><w:tblStyle w:val=\"Banded\"/><w:tblLook w:val=\"04A0\"/></w:tblPr>"
                + "<w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid>" + rows + "</w:tbl>");
        assertThat(t.rows().get(0).cells().get(0).shading()).isEqualTo(new Rgb(0x000080));
        assertThat(t.rows().get(0).cells().get(0).props().borders().bottom().width()).isEqualTo(1.5);
        assertThat(t.rows().get(1).cells().get(0).shading()).isEqualTo(new Rgb(0xEEEEEE));
        assertThat(t.rows().get(2).cells().get(0).shading()).isEqualTo(new Rgb(0xDDDDDD));
        Table noLook = read(style, "<w:tbl><w:tblPr><w:tblStyle w:val=\"Banded\"/></w:tblPr>"
                + "<w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid>" + rows + "</w:tbl>");
        assertThat(noLook.rows().get(0).cells().get(0).shading()).isEqualTo(new Rgb(0xEEEEEE));
    }
}
