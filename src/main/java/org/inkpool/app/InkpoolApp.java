package org.inkpool.app;

import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The desktop application. {@code org.inkpool.Main} calls {@link #launchWindow} when run without a
 * subcommand; files and folders given as arguments (the OS "Open with", desktop shortcuts) are added
 * to the window as if dropped on it.
 */
public final class InkpoolApp extends Application {
    private AppServices services;
    private MainWindow window;

    /** Opens the window and returns when it is closed. */
    public static void launchWindow(String[] args) {
        Application.launch(InkpoolApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        services = AppServices.production();
        window = new MainWindow(stage, services, AppSettings.forUser(), null,
                Runtime.getRuntime().availableProcessors(), Locale.getDefault());
        stage.show();
        window.addInputs(existingPaths(getParameters().getRaw()));
    }

    @Override
    public void stop() throws Exception {
        if (window != null) {
            // the window normally stops the batch before it closes; this covers any other way out
            window.model().cancelAndWait(java.time.Duration.ofSeconds(15));
        }
        if (services != null) {
            services.shutdown();
        }
    }

    /** The arguments that name existing files or folders; options (starting with '-') are not paths. */
    static List<Path> existingPaths(List<String> args) {
        List<Path> paths = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("-")) {
                continue;
            }
            try {
                Path path = Path.of(arg).toAbsolutePath().normalize();
                if (Files.exists(path)) {
                    paths.add(path);
                }
            } catch (InvalidPathException e) {
                // not a path: ignore it as the OS would
            }
        }
        return paths;
    }
}
