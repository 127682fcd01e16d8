package org.inkpool.app;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.inkpool.batch.BatchListener.LogLevel;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * The live log: a virtualised list of the last lines, following new lines unless the user has
 * scrolled up to read; copy (selection or all) and save-as.
 */
final class LogPane {
    private final BatchModel model;
    private final I18n i18n;
    private final Executor background;
    private final ListView<LogLine> list = new ListView<>();
    private final BorderPane pane = new BorderPane();
    private boolean following = true;

    LogPane(BatchModel model, I18n i18n, Executor background) {
        this.model = model;
        this.i18n = i18n;
        this.background = background;
        list.setItems(model.logLines());
        list.setId("logList");
        list.getStyleClass().add("log-list");
        list.setFixedCellSize(22);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(l -> new LogCell());
        list.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copy();
                e.consume();
            }
        });
        MenuItem copyItem = new MenuItem();
        copyItem.textProperty().bind(i18n.text("log.copy"));
        copyItem.setOnAction(e -> copy());
        list.setContextMenu(new ContextMenu(copyItem));
        watchTheReader();
        model.logLines().addListener((ListChangeListener<LogLine>) c -> {
            if (following && !list.getItems().isEmpty()) {
                list.scrollTo(list.getItems().size() - 1);
            }
        });

        Label title = new Label();
        title.textProperty().bind(i18n.text("log.title"));
        title.getStyleClass().add("section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, Icons.of(MaterialDesignT.TEXT_BOX_OUTLINE, "section-icon"), title, spacer,
                button("log.copy", "log.copy.tip", Icons.of(MaterialDesignC.CONTENT_COPY), "copyLogButton", this::copy),
                button("log.save", "log.save.tip", Icons.of(MaterialDesignC.CONTENT_SAVE), "saveLogButton", this::saveAs));
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("section-header");
        pane.setTop(header);
        pane.setCenter(list);
        pane.getStyleClass().add("log-pane");
    }

    Node view() {
        return pane;
    }

    ListView<LogLine> list() {
        return list;
    }

    /** True while new lines scroll into view (the user has not scrolled up). */
    boolean isFollowing() {
        return following;
    }

    /**
     * Only the reader's own gestures decide whether the log follows new lines: scrolling, dragging
     * the bar or paging up stops following; coming back to the last line starts it again. (Watching
     * the scroll bar's value instead would mistake the list's own growth for the reader scrolling.)
     */
    private void watchTheReader() {
        list.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() > 0) {
                following = false;
            } else {
                Platform.runLater(() -> following = atBottom());
            }
        });
        list.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> Platform.runLater(() -> following = atBottom()));
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case UP, PAGE_UP, HOME -> following = false;
                case END -> following = true;
                case DOWN, PAGE_DOWN -> Platform.runLater(() -> following = atBottom());
                default -> { }
            }
        });
    }

    private boolean atBottom() {
        if (!(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return true;
        }
        IndexedCell<?> last = flow.getLastVisibleCell();
        return last == null || last.getIndex() >= list.getItems().size() - 1;
    }

    private void copy() {
        ObservableList<LogLine> selected = list.getSelectionModel().getSelectedItems();
        List<LogLine> lines = selected.isEmpty() ? list.getItems() : selected;
        ClipboardContent content = new ClipboardContent();
        content.putString(lines.stream().map(LogLine::toText).collect(Collectors.joining("\n", "", "\n")));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void saveAs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("log.save.title"));
        chooser.setInitialFileName("inkpool-log.txt");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("log.save.filter"), "*.txt", "*.log"));
        Window owner = pane.getScene() == null ? null : pane.getScene().getWindow();
        java.io.File target = chooser.showSaveDialog(owner);
        if (target != null) {
            save(target.toPath());
        }
    }

    /** Writes a snapshot of the log, in the background. */
    void save(Path target) {
        List<String> text = list.getItems().stream().map(LogLine::toText).toList();
        background.execute(() -> {
            try {
                Files.write(target, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                javafx.application.Platform.runLater(() ->
                        model.appLog(LogLevel.ERROR, "", i18n.get("log.saveFailed", target, e.getMessage())));
            }
        });
    }

    private Button button(String key, String tipKey, Node icon, String id, Runnable action) {
        Button button = new Button();
        button.textProperty().bind(i18n.text(key));
        button.setGraphic(icon);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(tipKey));
        button.setTooltip(tip);
        button.setId(id);
        button.getStyleClass().add("flat");
        button.setOnAction(e -> action.run());
        return button;
    }

    private static final class LogCell extends ListCell<LogLine> {
        LogCell() {
            getStyleClass().add("log-cell");
        }

        @Override
        protected void updateItem(LogLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("log-info", "log-warn", "log-error");
            if (empty || line == null) {
                setText(null);
                return;
            }
            StringBuilder text = new StringBuilder(line.time()).append("  ")
                    .append(String.format("%-5s", line.level())).append("  ");
            if (!line.worker().isEmpty()) {
                text.append('[').append(line.worker()).append("]  ");
            }
            if (!line.file().isEmpty()) {
                text.append(line.file()).append(" — ");
            }
            text.append(line.message());
            setText(text.toString());
            getStyleClass().add(switch (line.level()) {
                case INFO -> "log-info";
                case WARN -> "log-warn";
                case ERROR -> "log-error";
            });
        }
    }
}
