package org.inkpool.app;

import javafx.stage.Stage;
import org.testfx.api.FxRobot;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens the real window for a test, with its own settings node and a chosen batch layer. */
final class WindowFixture {
    final Preferences prefs = Preferences.userRoot().node("org/inkpool/app-test-" + UUID.randomUUID());
    final RecordingDesktop desktop = new RecordingDesktop();
    AppServices services;
    MainWindow window;

    MainWindow open(Stage stage, BatchScanner scanner, BatchStarter starter, int cpus) {
        services = AppServices.with(scanner, starter);
        window = new MainWindow(stage, services, new AppSettings(prefs), desktop, cpus, Locale.ENGLISH);
        window.setNotificationsEnabled(false);
        stage.show();
        return window;
    }

    /** Opens a second window on the same settings (a restart). */
    MainWindow reopen(FxRobot robot, int cpus) {
        MainWindow[] opened = new MainWindow[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            opened[0] = new MainWindow(stage, services, new AppSettings(prefs), desktop, cpus, Locale.ENGLISH);
            opened[0].setNotificationsEnabled(false);
            stage.show();
        });
        return opened[0];
    }

    void close() throws BackingStoreException {
        if (services != null) {
            services.shutdown();
        }
        prefs.removeNode();
    }

    /** A latch that opens when the current batch of the window finishes. */
    static CountDownLatch finishLatch(FxRobot robot, MainWindow window) {
        CountDownLatch latch = new CountDownLatch(1);
        robot.interact(() -> window.model().onFinished(s -> latch.countDown()));
        return latch;
    }

    static void await(CountDownLatch latch, int seconds) throws InterruptedException {
        assertThat(latch.await(seconds, TimeUnit.SECONDS)).as("batch finished in %d s", seconds).isTrue();
    }

    /** Remembers what the window asked the desktop to open. */
    static final class RecordingDesktop implements DesktopActions {
        final java.util.List<java.nio.file.Path> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        final java.util.List<java.nio.file.Path> shown = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void open(java.nio.file.Path file) {
            opened.add(file);
        }

        @Override
        public void showInFolder(java.nio.file.Path file) {
            shown.add(file);
        }
    }
}
