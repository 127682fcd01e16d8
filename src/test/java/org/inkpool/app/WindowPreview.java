package org.inkpool.app;

import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;

/** Opens the window on a fake pool, for looking at it during development (not a test). */
public final class WindowPreview extends Application {
    @Override
    public void start(Stage stage) {
        AppServices services = AppServices.with(FakePool.listing(),
                new FakePool(40, f -> f.id() % 7 == 3, 20_000));
        MainWindow window = new MainWindow(stage, services,
                new AppSettings(Preferences.userRoot().node("org/inkpool/app-preview")), null, 8,
                Locale.forLanguageTag(System.getProperty("preview.lang", "en")));
        stage.show();
        if (Boolean.getBoolean("preview.dragging")) {
            stage.getScene().getRoot().pseudoClassStateChanged(FileDrop.DROP_TARGET, true);
        }
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            paths.add(Path.of("/data/reports/2024/quarter-" + (i % 4 + 1) + "/report-" + i + ".docx"));
        }
        if (!Boolean.getBoolean("preview.empty")) {
            window.addInputs(paths);
            if (Boolean.getBoolean("preview.start")) {
                javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
                wait.setOnFinished(e -> window.start());
                wait.play();
            }
        }
    }

    /** Launched from a class that is not an Application, as JavaFX on the class path requires. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(WindowPreview.class, args);
        }
    }
}
