package org.inkpool.app;

import javafx.stage.Stage;
import org.inkpool.batch.BatchListener.LogLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Engine warnings reach the window as codes and are shown in its language; substitutes are only logged. */
@ExtendWith(ApplicationExtension.class)
class TranslatedMessagesTest {
    private final WindowFixture fixture = new WindowFixture();
    private final FakePool pool = new FakePool(2, f -> f.display().startsWith("bad"), 0);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        pool.warnings = List.of("font 'Calibri' replaced by 'Carlito'",
                "font 'Garamond' not installed, using 'DejaVu Serif'");
        window = fixture.open(stage, FakePool.listing(), pool, 2);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void aWarningArrivesInChineseWhenTheWindowIsInChinese(FxRobot robot) throws Exception {
        robot.interact(() -> window.i18n().localeProperty().set(Locale.SIMPLIFIED_CHINESE));
        CountDownLatch added = new CountDownLatch(1);
        robot.interact(() -> {
            window.model().rows().addListener((javafx.collections.ListChangeListener<FileRow>) c -> added.countDown());
            window.addInputs(List.of(Path.of("/fake/report.docx"), Path.of("/fake/bad.docx")));
        });
        assertThat(added.await(60, TimeUnit.SECONDS)).isTrue();
        CountDownLatch finished = WindowFixture.finishLatch(robot, window);
        robot.interact(window::start);
        WindowFixture.await(finished, 120);
        robot.interact(() -> { });

        FileRow report = window.model().rows().stream().filter(r -> r.file().display().equals("report.docx"))
                .findFirst().orElseThrow();
        // only what changes the page is a warning, and it is in Chinese
        assertThat(report.warnings()).containsExactly("未安装字体“Garamond”：改用“DejaVu Serif”绘制");
        List<LogLine> lines = List.copyOf(window.model().logLines());
        LogLine substitute = lines.stream().filter(l -> l.message().contains("Carlito")).findFirst().orElseThrow();
        assertThat(substitute.level()).isEqualTo(LogLevel.INFO);
        assertThat(substitute.message()).isEqualTo("字体“Calibri”已替换为度量兼容的“Carlito”");
        // the log file keeps the engine's English
        assertThat(substitute.toLogText()).endsWith("\tfont 'Calibri' replaced by 'Carlito'");
        LogLine warning = lines.stream().filter(l -> l.level() == LogLevel.WARN && l.file().equals("report.docx"))
                .findFirst().orElseThrow();
        assertThat(warning.toLogText()).endsWith("font 'Garamond' not installed, using 'DejaVu Serif'");

        // a failure reason: the kind in Chinese, the engine's detail as it is
        FileRow bad = window.model().rows().stream().filter(r -> r.file().display().equals("bad.docx"))
                .findFirst().orElseThrow();
        assertThat(bad.detailProperty().get()).isEqualTo("文件损坏：fake failure");
    }
}
