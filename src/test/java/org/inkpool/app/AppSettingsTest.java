package org.inkpool.app;

import org.inkpool.batch.ExecutionMode;
import org.inkpool.batch.ExistingPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class AppSettingsTest {
    private final Preferences node = Preferences.userRoot().node("org/inkpool/app-test-" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void defaultsBeforeAnythingIsChosen() {
        AppSettings settings = new AppSettings(node);
        assertThat(settings.workers(8, 32)).isEqualTo(8);
        assertThat(settings.mode()).isEqualTo(ExecutionMode.PROCESSES);
        assertThat(settings.existing()).isEqualTo(ExistingPolicy.SKIP_IF_NEWER);
        assertThat(settings.recursive()).isTrue();
        assertThat(settings.outputDir()).isEmpty();
        assertThat(settings.language()).isEmpty();
        assertThat(settings.pdfa()).isFalse();
        assertThat(settings.tagged()).as("tagged PDFs unless turned off").isTrue();
        assertThat(settings.bookmarksOutline()).as("the bookmarks panel from the headings").isFalse();
    }

    @Test
    void choicesComeBackInANewInstance() {
        AppSettings settings = new AppSettings(node);
        settings.workers(3);
        settings.mode(ExecutionMode.THREADS);
        settings.existing(ExistingPolicy.KEEP_BOTH);
        settings.recursive(false);
        settings.outputDir(Path.of("/tmp/out"));
        settings.outputToFolder(true);
        settings.language(Locale.SIMPLIFIED_CHINESE);
        settings.window(1000, 700, false);
        settings.pdfa(true);
        settings.tagged(false);
        settings.bookmarksOutline(true);
        settings.flush();

        AppSettings again = new AppSettings(node);
        assertThat(again.workers(8, 32)).isEqualTo(3);
        assertThat(again.mode()).isEqualTo(ExecutionMode.THREADS);
        assertThat(again.existing()).isEqualTo(ExistingPolicy.KEEP_BOTH);
        assertThat(again.recursive()).isFalse();
        assertThat(again.outputDir()).contains(Path.of("/tmp/out"));
        assertThat(again.outputToFolder()).isTrue();
        assertThat(again.language()).contains(Locale.SIMPLIFIED_CHINESE);
        assertThat(again.windowWidth(0)).isEqualTo(1000);
        assertThat(again.windowHeight(0)).isEqualTo(700);
        assertThat(again.pdfa()).isTrue();
        assertThat(again.tagged()).isFalse();
        assertThat(again.bookmarksOutline()).isTrue();
    }

    @Test
    void aWorkerCountOutOfRangeFallsBack() {
        AppSettings settings = new AppSettings(node);
        settings.workers(64);
        assertThat(settings.workers(4, 16)).isEqualTo(4);
    }
}
