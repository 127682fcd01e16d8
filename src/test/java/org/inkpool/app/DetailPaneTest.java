package org.inkpool.app;

import javafx.stage.Stage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Selecting a row shows its warnings in full, its worker's lines and a picture of its PDF's first page. */
@ExtendWith(ApplicationExtension.class)
class DetailPaneTest {
    private final WindowFixture fixture = new WindowFixture();
    private final FakePool pool = new FakePool(3, f -> false, 0);
    private MainWindow window;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        pool.warnings = List.of("font 'Garamond' not installed, using 'DejaVu Serif'",
                "12 characters drawn with fallback font 'Droid Sans Fallback'");
        window = fixture.open(stage, FakePool.listing(), pool, 2);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    /** The fake pool reports "name.docx.pdf" beside each document: a real one-page PDF is put there. */
    private static void writePdf(Path pdf) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setNonStrokingColor(Color.BLUE);
                content.addRect(72, 600, 300, 150);
                content.fill();
            }
            document.save(pdf.toFile());
        }
    }

    @Test
    void aThumbnailAppearsForAConvertedRow(FxRobot robot) throws Exception {
        Path document = Files.writeString(dir.resolve("report.docx"), "fake");
        writePdf(dir.resolve("report.docx.pdf"));
        CountDownLatch added = new CountDownLatch(1);
        robot.interact(() -> {
            window.model().rows().addListener((javafx.collections.ListChangeListener<FileRow>) c -> added.countDown());
            window.addInputs(List.of(document));
        });
        assertThat(added.await(60, TimeUnit.SECONDS)).isTrue();
        CountDownLatch finished = WindowFixture.finishLatch(robot, window);
        robot.interact(window::start);
        WindowFixture.await(finished, 120);

        robot.interact(() -> window.table().view().getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.detail().thumbnail().getImage() != null);

        javafx.scene.image.Image image = window.detail().thumbnail().getImage();
        assertThat(image.getWidth()).isBetween(100.0, 200.0);
        assertThat(image.getHeight()).isGreaterThan(image.getWidth()); // A4 upright
        // the blue rectangle is drawn: the picture is the page, not a blank
        int argb = image.getPixelReader().getArgb((int) (image.getWidth() * 0.4), (int) (image.getHeight() * 0.2));
        assertThat(argb & 0xFF).isGreaterThan(150);
        assertThat((argb >> 16) & 0xFF).isLessThan(100);

        String[] shown = new String[2];
        robot.interact(() -> {
            shown[0] = window.detail().warningsLabel().getText();
            shown[1] = window.detail().logArea().getText();
        });
        assertThat(shown[0]).contains("Font 'Garamond' is not installed: drawn with 'DejaVu Serif'")
                .contains("12 characters drawn with the fallback font 'Droid Sans Fallback'");
        assertThat(shown[1]).contains("converted report.docx").contains("Converted: 2 pages");

        // selecting it again takes the picture from the cache
        robot.interact(() -> window.table().view().getSelectionModel().clearSelection());
        robot.interact(() -> window.table().view().getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.detail().thumbnail().getImage() != null);
        assertThat(window.detail().thumbnails().rendered()).isEqualTo(1);
    }
}
