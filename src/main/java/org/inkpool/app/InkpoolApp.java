package org.inkpool.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import org.inkpool.batch.BatchListener.LogLevel;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The desktop application. {@code org.inkpool.Main} calls {@link #launchWindow} when run without a
 * subcommand; files and folders given as arguments (the OS "Open with", desktop shortcuts) are added
 * to the window as if dropped on it. Only one window runs per user: a later launch hands its files to
 * it ({@link SingleInstance}) and exits. Each session writes a log file ({@link SessionLog}).
 */
public final class InkpoolApp extends Application {
    /** The listener claimed before JavaFX started (null where single-instance is unavailable). */
    private static volatile SingleInstance instance;

    private AppServices services;
    private MainWindow window;
    private SessionLog sessionLog;
    private PrintStream originalErr;

    /**
     * Opens the window and returns when it is closed; or, when a window is already open for this user,
     * hands the files and folders to it and returns at once.
     */
    public static void launchWindow(String[] args) {
        SingleInstance.Claim claim = SingleInstance.claim(SingleInstance.defaultFolder(), existingPaths(Arrays.asList(args)));
        if (claim.handedOver()) {
            System.out.println("Inkpool is already open: added to its window.");
            return;
        }
        instance = claim.instance();
        try {
            Application.launch(InkpoolApp.class, args);
        } finally {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Override
    public void start(Stage stage) {
        openSessionLog();
        services = AppServices.production();
        window = new MainWindow(stage, services, AppSettings.forUser(), null,
                Runtime.getRuntime().availableProcessors(), Locale.getDefault());
        if (sessionLog != null) {
            window.setSessionLog(sessionLog.file());
            window.model().logLines().addListener((ListChangeListener<LogLine>) change -> {
                while (change.next()) {
                    if (change.wasAdded()) {
                        sessionLog.write(change.getAddedSubList().stream().map(LogLine::toLogText).toList());
                    }
                }
            });
            window.model().appLog(LogLevel.INFO, "", window.i18n().get("log.sessionLog", sessionLog.file()));
        }
        stage.setOnShown(e -> logStartUp());
        stage.show();
        window.addInputs(existingPaths(getParameters().getRaw()));
        SingleInstance listening = instance;
        if (listening != null) {
            listening.receiveWith(paths -> Platform.runLater(() -> handedOver(stage, paths)));
        }
    }

    private void handedOver(Stage stage, List<Path> paths) {
        window.model().appLog(LogLevel.INFO, "", window.i18n().get("log.handedOver", paths.size()));
        window.addInputs(paths.stream().filter(Files::exists).toList());
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
    }

    /** The session log's first lines: what ran, and how long the window took to appear after launch. */
    private void logStartUp() {
        if (sessionLog == null) {
            return;
        }
        ProcessHandle.Info process = ProcessHandle.current().info();
        String startedAgo = process.startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis() + " ms")
                .orElse("?");
        // CPU time too: on a busy machine the wall time says more about the other processes
        String cpu = process.totalCpuDuration().map(d -> d.toMillis() + " ms").orElse("?");
        sessionLog.write(List.of("# window visible " + startedAgo + " after launch, " + cpu + " of CPU"));
    }

    private void openSessionLog() {
        try {
            sessionLog = SessionLog.open(AppFolders.logs(), LocalDateTime.now());
            AboutInfo about = AboutInfo.current(sessionLog.file());
            sessionLog.write(List.of("# Inkpool " + about.version(), "# runtime " + about.runtime(),
                    "# java.home " + about.javaHome() + (about.bundledRuntime() ? " (bundled)" : ""),
                    "# JVM options " + String.join(" ", jvmOptions()),
                    "# arguments " + String.join(" ", getParameters().getRaw())));
            originalErr = System.err;
            System.setErr(sessionLog.tee(originalErr));
        } catch (IOException | RuntimeException e) {
            sessionLog = null; // the window works without its log file
            System.err.println("Inkpool: no session log file: " + e.getMessage());
        }
    }

    private static List<String> jvmOptions() {
        try {
            return ManagementFactory.getRuntimeMXBean().getInputArguments();
        } catch (RuntimeException | LinkageError e) {
            return List.of("?");
        }
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
        if (sessionLog != null) {
            System.setErr(originalErr);
            sessionLog.close();
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
