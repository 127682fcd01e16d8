package org.inkpool.app;

import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Opens files with {@link Desktop}, off the FX thread (AWT calls can take a while and must not
 * freeze the window). Where "show in folder" is not offered by the platform, opens the folder.
 */
final class AwtDesktopActions implements DesktopActions {
    private final Executor background;
    private final Consumer<String> problems;

    AwtDesktopActions(Executor background, Consumer<String> problems) {
        this.background = background;
        this.problems = problems;
    }

    @Override
    public void open(Path file) {
        run(desktop -> desktop.open(file.toFile()), file);
    }

    @Override
    public void showInFolder(Path file) {
        run(desktop -> {
            File f = file.toFile();
            if (desktop.isSupported(Desktop.Action.BROWSE_FILE_DIR)) {
                desktop.browseFileDirectory(f);
            } else {
                desktop.open(f.getParentFile());
            }
        }, file);
    }

    private void run(DesktopCall call, Path file) {
        background.execute(() -> {
            try {
                if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    problems.accept("no desktop to open " + file);
                    return;
                }
                call.accept(Desktop.getDesktop());
            } catch (IOException | RuntimeException e) {
                problems.accept(file + ": " + e.getMessage());
            }
        });
    }

    @FunctionalInterface
    private interface DesktopCall {
        void accept(Desktop desktop) throws IOException;
    }
}
