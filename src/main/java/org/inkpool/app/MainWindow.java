package org.inkpool.app;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.SegmentedButton;
import org.inkpool.batch.BatchListener.LogLevel;
import org.inkpool.batch.BatchOptions;
import org.inkpool.batch.BatchSummary;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The main window: drop zone and pickers, options, the progress table, the live log, the summary
 * and the status bar, wired to a {@link BatchModel}.
 */
public final class MainWindow {
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256, 512};

    private final Stage stage;
    private final AppServices services;
    private final AppSettings settings;
    private final I18n i18n;
    private final BatchModel model;
    private final OptionsPane options;
    private final FileTable table;
    private final LogPane log;
    private final StatusPanel status;
    private final LiveChartPane chart;
    private final DetailPane detail;
    private ModeComparer modeComparer = ModeComparer.production();
    private final StackPane root = new StackPane();
    private final HBox summaryBar = new HBox(10);
    private final Label summaryText = new Label();
    private final Timeline clock;
    private BooleanSupplier closeConfirmation = this::askToStopBatch;
    private boolean notificationsEnabled = true;
    private final DesktopActions actions;
    private Path sessionLog;

    public MainWindow(Stage stage, AppServices services, AppSettings settings, DesktopActions desktop,
                      int cpuCount, Locale systemLocale) {
        this.stage = stage;
        this.services = services;
        this.settings = settings;
        this.i18n = new I18n(settings.language().orElse(systemLocale));
        this.model = new BatchModel(services, i18n);
        this.actions = desktop != null ? desktop : new AwtDesktopActions(services.background(),
                problem -> javafx.application.Platform.runLater(() -> model.appLog(LogLevel.WARN, "", problem)));
        this.options = new OptionsPane(i18n, settings, cpuCount);
        this.table = new FileTable(model, i18n, actions, this::retry);
        this.log = new LogPane(model, i18n, services.background());
        this.status = new StatusPanel(model, i18n);
        this.chart = new LiveChartPane(model.liveStats(), i18n);
        this.detail = new DetailPane(model, i18n, new ThumbnailCache(org.inkpool.convert.Thumbnails::firstPagePng,
                services.background(), services.fxThread()));
        table.view().getSelectionModel().selectedItemProperty().addListener((o, a, row) -> detail.show(row));
        this.clock = new Timeline(new KeyFrame(Duration.millis(500), e -> {
            model.tick();
            status.refresh();
        }));
        clock.setCycleCount(Timeline.INDEFINITE);
        model.runningProperty().addListener((o, was, running) -> {
            if (running) {
                clock.play();
            } else {
                clock.stop();
            }
        });
        model.onFinished(this::finished);

        build();
        Scene scene = new Scene(root, settings.windowWidth(1200), settings.windowHeight(780));
        scene.getStylesheets().add(MainWindow.class.getResource("inkpool.css").toExternalForm());
        installShortcuts(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(i18n.text("app.title"));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setMaximized(settings.windowMaximized());
        addAppIcons(stage);
        stage.setOnCloseRequest(e -> {
            if (model.runningProperty().get()) {
                e.consume();
                if (closeConfirmation.getAsBoolean()) {
                    stopAndClose();
                }
            } else {
                saveWindow();
            }
        });
    }

    // ---- what the app, the command line and the tests drive ----

    public BatchModel model() {
        return model;
    }

    public I18n i18n() {
        return i18n;
    }

    public Stage stage() {
        return stage;
    }

    /**
     * Adds files and folders: drag-and-drop, the pickers and "Open with" all come here. Scans in the
     * background; returns the scanning task (null when there was nothing to add).
     */
    public Task<List<FileRow>> addInputs(List<Path> inputs) {
        return inputs.isEmpty() ? null : model.addInputs(inputs, options.recursive());
    }

    /** Starts converting the waiting files with the options shown. */
    public void start() {
        Optional<BatchOptions> chosen = options.options();
        if (chosen.isEmpty()) {
            model.appLog(LogLevel.WARN, "", i18n.get("log.pickOutput"));
            return;
        }
        model.start(chosen.get());
    }

    public void retryFailed() {
        options.options().ifPresent(model::retryFailed);
    }

    private void retry(List<FileRow> rows) {
        options.options().ifPresent(o -> model.retry(rows, o));
    }

    OptionsPane options() {
        return options;
    }

    FileTable table() {
        return table;
    }

    LogPane log() {
        return log;
    }

    StatusPanel status() {
        return status;
    }

    LiveChartPane chart() {
        return chart;
    }

    DetailPane detail() {
        return detail;
    }

    /** Tests measure with a stand-in instead of child JVMs. */
    void setModeComparer(ModeComparer comparer) {
        this.modeComparer = comparer;
    }

    /**
     * "Compare modes": the first documents of the list (waiting ones first) with 1 and the chosen number
     * of workers, as processes and as threads, in a window of its own. Null when nothing is listed.
     */
    CompareDialog compareModes() {
        List<Path> documents = java.util.stream.Stream.concat(
                model.rows().stream().filter(r -> r.status() == FileStatus.WAITING || r.status() == FileStatus.CANCELLED),
                model.rows().stream().filter(r -> r.status() != FileStatus.WAITING && r.status() != FileStatus.CANCELLED))
                .map(r -> r.file().source()).limit(CompareDialog.SAMPLE).toList();
        if (documents.isEmpty()) {
            return null;
        }
        CompareDialog dialog = new CompareDialog(i18n, modeComparer, services.background(), services.fxThread());
        dialog.show(stage, documents, options.workerCount());
        return dialog;
    }

    /** Tests answer the "stop the batch?" question without a dialog. */
    void setCloseConfirmation(BooleanSupplier confirmation) {
        this.closeConfirmation = confirmation;
    }

    void setNotificationsEnabled(boolean enabled) {
        this.notificationsEnabled = enabled;
    }

    // ---- layout ----

    private void build() {
        BorderPane main = new BorderPane();
        main.getStyleClass().add("main");
        VBox top = new VBox(header(), options.view());
        top.getStyleClass().add("top");
        main.setTop(top);

        table.setPlaceholder(dropZone());
        VBox tableBox = new VBox(filterBar(), table.view(), chart.view());
        VBox.setVgrow(table.view(), Priority.ALWAYS);
        tableBox.getStyleClass().add("table-box");
        // the table, chart and detail shrink with a small window instead of pushing the header off the top
        tableBox.setMinHeight(0);
        main.setMinSize(0, 0);
        SplitPane tableAndDetail = new SplitPane(tableBox, detail.view());
        tableAndDetail.setDividerPositions(0.78);
        SplitPane.setResizableWithParent(tableAndDetail.getItems().get(1), false);
        SplitPane split = new SplitPane(tableAndDetail, log.view());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        main.setCenter(split);

        buildSummaryBar();
        main.setBottom(new VBox(summaryBar, status.view()));

        Label dropHint = new Label();
        dropHint.textProperty().bind(i18n.text("drop.release"));
        dropHint.setGraphic(Icons.of(MaterialDesignT.TRAY_ARROW_DOWN, "drop-overlay-icon"));
        dropHint.getStyleClass().add("drop-overlay-label");
        StackPane overlay = new StackPane(dropHint);
        overlay.getStyleClass().add("drop-overlay");
        overlay.setMouseTransparent(true);
        overlay.setVisible(false);
        root.getChildren().addAll(main, overlay);
        root.getStyleClass().add("inkpool");
        root.setId("root");
        FileDrop.install(root, paths -> addInputs(paths));
        root.pseudoClassStateChanged(FileDrop.DROP_TARGET, false);
        // the overlay shows while files hover over the window
        root.getPseudoClassStates().addListener((javafx.collections.SetChangeListener<javafx.css.PseudoClass>) c ->
                overlay.setVisible(root.getPseudoClassStates().contains(FileDrop.DROP_TARGET)));
    }

    private Node header() {
        Label brand = new Label("Inkpool");
        brand.getStyleClass().add("brand");
        brand.setGraphic(appIconView(28));

        Button addFiles = button("action.addFiles", "action.addFiles.tip", MaterialDesignF.FILE_PLUS, "addFilesButton",
                this::pickFiles);
        Button addFolder = button("action.addFolder", "action.addFolder.tip", MaterialDesignF.FOLDER_PLUS,
                "addFolderButton", this::pickFolder);
        Button start = button("action.start", "action.start.tip", MaterialDesignP.PLAY, "startButton", this::start);
        start.getStyleClass().add("primary");
        start.disableProperty().bind(model.runningProperty().or(model.startableRowsProperty().isEqualTo(0)));
        Button pause = button("action.pause", "action.pause.tip", MaterialDesignP.PAUSE, "pauseButton",
                model::togglePause);
        pause.textProperty().unbind();
        pause.textProperty().bind(i18n.text(() -> i18n.get(model.pausedProperty().get() ? "action.resume"
                : "action.pause"), model.pausedProperty()));
        model.pausedProperty().addListener((o, a, paused) -> pause.setGraphic(Icons.of(paused
                ? MaterialDesignP.PLAY_CIRCLE : MaterialDesignP.PAUSE)));
        pause.disableProperty().bind(model.runningProperty().not());
        Button cancel = button("action.cancel", "action.cancel.tip", MaterialDesignS.STOP, "cancelButton", model::cancel);
        cancel.getStyleClass().add("danger");
        cancel.disableProperty().bind(model.runningProperty().not());
        Button retry = button("action.retryFailed", "action.retryFailed.tip", MaterialDesignR.RESTART, "retryButton",
                this::retryFailed);
        retry.disableProperty().bind(model.runningProperty().or(model.failedRowsProperty().isEqualTo(0)));
        Button clear = button("action.clearFinished", "action.clearFinished.tip", MaterialDesignB.BROOM, "clearButton",
                model::clearFinished);
        clear.disableProperty().bind(model.finishedRowsProperty().isEqualTo(0));

        ChoiceBox<Locale> language = new ChoiceBox<>();
        language.setId("languageChoice");
        language.getItems().setAll(I18n.SUPPORTED);
        language.setValue(i18n.locale());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                // each language named in itself, so anyone can find their own
                return locale == null ? "" : "zh".equals(locale.getLanguage()) ? "简体中文" : "English";
            }

            @Override
            public Locale fromString(String string) {
                throw new UnsupportedOperationException("chosen, not typed");
            }
        });
        language.valueProperty().addListener((o, a, chosen) -> {
            i18n.localeProperty().set(chosen);
            settings.language(chosen);
        });
        Label languageIcon = new Label(null, Icons.of(MaterialDesignT.TRANSLATE, "header-icon"));
        Button about = new Button(null, Icons.of(MaterialDesignI.INFORMATION_OUTLINE));
        about.setId("aboutButton");
        about.getStyleClass().add("flat");
        Tooltip aboutTip = new Tooltip();
        aboutTip.textProperty().bind(i18n.text("action.about.tip"));
        about.setTooltip(aboutTip);
        about.setOnAction(e -> showAbout());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, brand, gap(), addFiles, addFolder, gap(), start, pause, cancel, gap(), retry, clear,
                spacer, languageIcon, language, about);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("header");
        return header;
    }

    private Node filterBar() {
        ToggleButton all = filterToggle("filter.all", FileTable.Filter.ALL, "filterAll");
        ToggleButton failed = filterToggle("filter.failed", FileTable.Filter.FAILED, "filterFailed");
        ToggleButton warnings = filterToggle("filter.warnings", FileTable.Filter.WARNINGS, "filterWarnings");
        SegmentedButton segments = new SegmentedButton(all, failed, warnings);
        segments.getStyleClass().add("filter-segments");
        all.setSelected(true);
        segments.getToggleGroup().selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null) {
                before.setSelected(true); // one filter is always on
            }
        });
        Label title = new Label();
        title.textProperty().bind(i18n.text("table.title"));
        title.getStyleClass().add("section-title");
        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty().bind(i18n.text(() -> i18n.get("table.count", model.rows().size()),
                Bindings.size(model.rows())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // beside the list it samples, out of the crowded header
        Button compare = button("action.compare", "action.compare.tip", MaterialDesignS.SCALE_BALANCE, "compareButton",
                this::compareModes);
        compare.disableProperty().bind(model.runningProperty().or(Bindings.isEmpty(model.rows())));
        HBox bar = new HBox(10, Icons.of(MaterialDesignF.FILE_DOCUMENT_OUTLINE, "section-icon"), title, count, spacer,
                compare, Icons.of(MaterialDesignF.FILTER_OUTLINE, "section-icon"), segments);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("section-header");
        return bar;
    }

    private ToggleButton filterToggle(String key, FileTable.Filter filter, String id) {
        ToggleButton toggle = new ToggleButton();
        toggle.textProperty().bind(i18n.text(key));
        toggle.setId(id);
        toggle.selectedProperty().addListener((o, a, selected) -> {
            if (selected) {
                table.filter(filter);
            }
        });
        return toggle;
    }

    private Node dropZone() {
        Label title = new Label();
        title.textProperty().bind(i18n.text("drop.title"));
        title.getStyleClass().add("drop-title");
        title.setGraphic(Icons.of(MaterialDesignT.TRAY_ARROW_DOWN, "drop-icon"));
        title.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        Label subtitle = new Label();
        subtitle.textProperty().bind(i18n.text("drop.subtitle"));
        subtitle.getStyleClass().add("muted");
        Button folder = button("action.addFolder", "action.addFolder.tip", MaterialDesignF.FOLDER_PLUS,
                "dropAddFolderButton", this::pickFolder);
        folder.getStyleClass().add("primary");
        Button files = button("action.addFiles", "action.addFiles.tip", MaterialDesignF.FILE_PLUS, "dropAddFilesButton",
                this::pickFiles);
        HBox buttons = new HBox(10, folder, files);
        buttons.setAlignment(Pos.CENTER);
        Label scanning = new Label();
        scanning.textProperty().bind(i18n.text("status.scanning"));
        scanning.visibleProperty().bind(model.scanningProperty().greaterThan(0));
        scanning.getStyleClass().add("muted");
        VBox zone = new VBox(14, title, subtitle, buttons, scanning);
        zone.setAlignment(Pos.CENTER);
        zone.getStyleClass().add("drop-zone");
        zone.setMaxSize(560, 300);
        return zone;
    }

    private void buildSummaryBar() {
        summaryBar.setId("summaryBar");
        summaryBar.getStyleClass().add("summary-bar");
        summaryBar.setAlignment(Pos.CENTER_LEFT);
        summaryText.setId("summaryText");
        Button retry = button("action.retryFailed", "action.retryFailed.tip", MaterialDesignR.RESTART,
                "summaryRetryButton", this::retryFailed);
        retry.visibleProperty().bind(model.failedRowsProperty().greaterThan(0).and(model.runningProperty().not()));
        retry.managedProperty().bind(retry.visibleProperty());
        Button close = new Button(null, Icons.of(MaterialDesignC.CLOSE));
        close.getStyleClass().add("flat");
        close.setOnAction(e -> summaryBar.setVisible(false));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        summaryBar.getChildren().addAll(summaryText, spacer, retry, close);
        summaryBar.managedProperty().bind(summaryBar.visibleProperty());
        summaryBar.setVisible(false);
        model.runningProperty().addListener((o, a, running) -> {
            if (running) {
                summaryBar.setVisible(false);
            }
        });
        i18n.localeProperty().addListener((o, a, b) -> showSummary(model.lastSummaryProperty().get()));
    }

    private void showSummary(BatchSummary summary) {
        if (summary == null) {
            return;
        }
        summaryText.setText(summaryLine(summary));
        summaryText.setGraphic(Icons.of(summary.failed() > 0 ? MaterialDesignA.ALERT_CIRCLE
                : MaterialDesignC.CHECK_CIRCLE, summary.failed() > 0 ? "status-failed" : "status-done"));
        summaryBar.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failures"), summary.failed() > 0);
        summaryBar.setVisible(true);
    }

    private String summaryLine(BatchSummary summary) {
        return i18n.get("summary.text", summary.converted(), summary.skipped(), summary.failed(), summary.cancelled(),
                summary.pages(), Formats.duration(summary.elapsed()));
    }

    private void finished(BatchSummary summary) {
        showSummary(summary);
        status.refresh();
        if (notificationsEnabled && stage.isShowing()) {
            try {
                Notifications note = Notifications.create()
                        .title(i18n.get("notify.title"))
                        .text(summaryLine(summary))
                        .owner(stage);
                if (summary.failed() > 0) {
                    note.showWarning();
                } else {
                    note.showInformation();
                }
            } catch (RuntimeException e) {
                model.appLog(LogLevel.WARN, "", i18n.get("log.notifyFailed", e.getMessage()));
            }
        }
    }

    // ---- commands ----

    private void pickFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("pick.files"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("pick.filter"),
                "*.docx", "*.docm", "*.dotx", "*.dotm", "*.doc", "*.dot", "*.xml"));
        settings.lastInputDir().ifPresent(dir -> chooser.setInitialDirectory(dir.toFile()));
        List<File> picked = chooser.showOpenMultipleDialog(stage);
        if (picked != null && !picked.isEmpty()) {
            settings.lastInputDir(picked.get(0).toPath().getParent());
            addInputs(picked.stream().map(File::toPath).toList());
        }
    }

    private void pickFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.get("pick.folder"));
        settings.lastInputDir().ifPresent(dir -> chooser.setInitialDirectory(dir.toFile()));
        File picked = chooser.showDialog(stage);
        if (picked != null) {
            settings.lastInputDir(picked.toPath());
            addInputs(List.of(picked.toPath()));
        }
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::pickFiles);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::pickFolder);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), () -> {
            if (!model.runningProperty().get()) {
                start();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), () -> {
            if (!model.runningProperty().get()) {
                retryFailed();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                model::clearFinished);
        // single keys only when no text field has the keyboard, and only if nothing else used the key
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isConsumed() || e.isShortcutDown() || e.isAltDown()
                    || scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            if (e.getCode() == KeyCode.P || e.getCode() == KeyCode.SPACE) {
                model.togglePause();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && model.runningProperty().get()) {
                model.cancel();
                e.consume();
            }
        });
    }

    /** The About dialog (also names this session's log file, once {@link #setSessionLog} told it). */
    AboutDialog about() {
        return new AboutDialog(i18n, AboutInfo.current(sessionLog), actions::open);
    }

    private void showAbout() {
        about().build(stage).show();
    }

    /** This session's log file, shown in the About dialog. */
    public void setSessionLog(Path file) {
        this.sessionLog = file;
    }

    private boolean askToStopBatch() {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("close.question"),
                ButtonType.YES, ButtonType.NO);
        alert.initOwner(stage);
        alert.setTitle(i18n.get("close.title"));
        alert.setHeaderText(i18n.get("close.header"));
        return alert.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }

    /** Cancels the batch, waits for the pool to stop its workers, then closes. */
    void stopAndClose() {
        root.setDisable(true);
        model.shutdown(() -> {
            saveWindow();
            stage.close();
        });
    }

    private void saveWindow() {
        settings.window(stage.getWidth(), stage.getHeight(), stage.isMaximized());
        settings.flush();
    }

    private Button button(String key, String tipKey, org.kordamp.ikonli.Ikon icon, String id, Runnable action) {
        Button button = new Button();
        button.textProperty().bind(i18n.text(key));
        button.setGraphic(Icons.of(icon));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(tipKey));
        button.setTooltip(tip);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Region gap() {
        Region gap = new Region();
        gap.getStyleClass().add("header-gap");
        return gap;
    }

    private static void addAppIcons(Stage stage) {
        List<Image> images = new ArrayList<>();
        for (int size : ICON_SIZES) {
            InputStream in = MainWindow.class.getResourceAsStream("icons/inkpool-" + size + ".png");
            if (in != null) {
                images.add(new Image(in));
            }
        }
        stage.getIcons().setAll(images);
    }

    private static Node appIconView(int size) {
        InputStream in = MainWindow.class.getResourceAsStream("icons/inkpool-64.png");
        if (in == null) {
            return null;
        }
        javafx.scene.image.ImageView view = new javafx.scene.image.ImageView(new Image(in, size, size, true, true));
        return view;
    }

}
