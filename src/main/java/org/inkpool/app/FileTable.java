package org.inkpool.app;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.util.Callback;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The progress table: one virtualised row per file, sortable, filterable (all / failed / warnings).
 * Cells bind to the row's properties (progress comes from the file's {@link FileTask}).
 */
final class FileTable {
    enum Filter { ALL, FAILED, WARNINGS }

    private final BatchModel model;
    private final I18n i18n;
    private final DesktopActions desktop;
    private final Consumer<List<FileRow>> retry;
    private final TableView<FileRow> table = new TableView<>();
    private final FilteredList<FileRow> filtered;
    private Filter filter = Filter.ALL;

    FileTable(BatchModel model, I18n i18n, DesktopActions desktop, Consumer<List<FileRow>> retry) {
        this.model = model;
        this.i18n = i18n;
        this.desktop = desktop;
        this.retry = retry;
        this.filtered = new FilteredList<>(model.rows());
        SortedList<FileRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("fileTable");
        table.getStyleClass().add("file-table");
        table.setFixedCellSize(30);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(fileColumn(), sizeColumn(), statusColumn(), progressColumn(),
                pagesColumn(), timeColumn(), workerColumn(), detailColumn()));
        table.setRowFactory(t -> row());
        // rows change status without the list knowing; a narrowed view is re-evaluated after each batch of events
        model.afterEvents(this::refreshFilter);
        i18n.localeProperty().addListener((o, a, b) -> table.refresh());
    }

    TableView<FileRow> view() {
        return table;
    }

    void setPlaceholder(Node placeholder) {
        table.setPlaceholder(placeholder);
    }

    void filter(Filter chosen) {
        filter = chosen;
        refreshFilter();
    }

    Filter filter() {
        return filter;
    }

    private void refreshFilter() {
        Predicate<FileRow> predicate = switch (filter) {
            case ALL -> null;
            case FAILED -> row -> row.status() == FileStatus.FAILED;
            case WARNINGS -> row -> row.warningCountProperty().get() > 0;
        };
        if (predicate == null && filtered.getPredicate() == null) {
            return;
        }
        filtered.setPredicate(predicate);
    }

    // ---- columns ----

    private TableColumn<FileRow, String> fileColumn() {
        TableColumn<FileRow, String> column = column("column.file", 300,
                c -> new ReadOnlyObjectWrapper<>(c.getValue().file().display()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip tooltip = new Tooltip();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                FileRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : item);
                if (row == null) {
                    setTooltip(null);
                } else {
                    tooltip.setText(row.file().source().toString());
                    setTooltip(tooltip);
                }
            }
        });
        return column;
    }

    private TableColumn<FileRow, Long> sizeColumn() {
        TableColumn<FileRow, Long> column = column("column.size", 80,
                c -> new ReadOnlyObjectWrapper<>(c.getValue().file().size()));
        column.setCellFactory(text(Formats::size, "numeric"));
        return column;
    }

    private TableColumn<FileRow, FileStatus> statusColumn() {
        TableColumn<FileRow, FileStatus> column = column("column.status", 130, c -> c.getValue().statusProperty());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(FileStatus status, boolean empty) {
                super.updateItem(status, empty);
                if (empty || status == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText(i18n.get(status.messageKey()));
                    setGraphic(Icons.forStatus(status));
                }
            }
        });
        return column;
    }

    private TableColumn<FileRow, FileRow> progressColumn() {
        TableColumn<FileRow, FileRow> column = column("column.progress", 140,
                c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setSortable(false);
        column.setCellFactory(c -> new ProgressCell());
        return column;
    }

    private TableColumn<FileRow, Integer> pagesColumn() {
        TableColumn<FileRow, Integer> column = column("column.pages", 60, c -> c.getValue().pagesValue());
        column.setCellFactory(text(pages -> pages < 0 ? "" : Integer.toString(pages), "numeric"));
        return column;
    }

    private TableColumn<FileRow, Long> timeColumn() {
        TableColumn<FileRow, Long> column = column("column.time", 70, c -> c.getValue().millisValue());
        column.setCellFactory(text(Formats::millis, "numeric"));
        return column;
    }

    private TableColumn<FileRow, String> workerColumn() {
        return column("column.worker", 90, c -> c.getValue().workerProperty());
    }

    private TableColumn<FileRow, String> detailColumn() {
        TableColumn<FileRow, String> column = column("column.detail", 260, c -> c.getValue().detailProperty());
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip tooltip = new Tooltip();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                boolean blank = empty || item == null || item.isEmpty();
                setText(blank ? null : item);
                tooltip.setText(item);
                setTooltip(blank ? null : tooltip);
                FileRow row = getTableRow() == null ? null : getTableRow().getItem();
                getStyleClass().remove("failure");
                if (!blank && row != null && row.status() == FileStatus.FAILED) {
                    getStyleClass().add("failure");
                }
            }
        });
        return column;
    }

    private <T> TableColumn<FileRow, T> column(String key, double width,
                                              Callback<TableColumn.CellDataFeatures<FileRow, T>,
                                                      javafx.beans.value.ObservableValue<T>> value) {
        TableColumn<FileRow, T> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(value);
        column.setId(key.replace('.', '-'));
        return column;
    }

    private static <T> Callback<TableColumn<FileRow, T>, TableCell<FileRow, T>> text(Function<T, String> format,
                                                                                 String styleClass) {
        return c -> {
            TableCell<FileRow, T> cell = new TableCell<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : format.apply(item));
                }
            };
            cell.getStyleClass().add(styleClass);
            return cell;
        };
    }

    /** A bar bound to the row's progress (its current task's), coloured by status. */
    private static final class ProgressCell extends TableCell<FileRow, FileRow> {
        private final ProgressBar bar = new ProgressBar(0);
        private FileRow bound;
        private final javafx.beans.value.ChangeListener<FileStatus> statusStyle = (o, a, b) -> show(b);

        ProgressCell() {
            bar.setMaxWidth(Double.MAX_VALUE);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(FileRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                bar.progressProperty().unbind();
                bound.statusProperty().removeListener(statusStyle);
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            bound = row;
            row.statusProperty().addListener(statusStyle);
            show(row.status());
            setGraphic(bar);
        }

        /** A failure fills the bar in red: how far the file got before it failed is of no use to anyone. */
        private void show(FileStatus status) {
            if (status == FileStatus.FAILED) {
                bar.progressProperty().unbind();
                bar.setProgress(1);
            } else if (!bar.progressProperty().isBound()) {
                bar.progressProperty().bind(bound.progressProperty());
            }
            bar.getStyleClass().removeAll("bar-done", "bar-failed", "bar-skipped", "bar-cancelled");
            style(status);
        }

        private void style(FileStatus status) {
            switch (status) {
                case DONE -> bar.getStyleClass().add("bar-done");
                case FAILED -> bar.getStyleClass().add("bar-failed");
                case SKIPPED -> bar.getStyleClass().add("bar-skipped");
                case CANCELLED -> bar.getStyleClass().add("bar-cancelled");
                default -> { }
            }
        }
    }

    // ---- rows: double-click and context menu ----

    private TableRow<FileRow> row() {
        TableRow<FileRow> row = new TableRow<>();
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                openPdf(row.getItem());
            }
        });
        // a filter, so the menu is in place before the row's own handler looks for one to show
        row.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e ->
                row.setContextMenu(row.isEmpty() ? null : contextMenu(row.getItem())));
        return row;
    }

    void openPdf(FileRow row) {
        Path pdf = row.pdf();
        if (pdf != null) {
            desktop.open(pdf);
        }
    }

    ContextMenu contextMenu(FileRow row) {
        MenuItem open = item("menu.openPdf", Icons.of(MaterialDesignF.FILE_PDF_BOX), () -> openPdf(row));
        open.setDisable(row.pdf() == null);
        MenuItem show = item("menu.showInFolder", Icons.of(MaterialDesignF.FOLDER_OPEN),
                () -> desktop.showInFolder(row.pdf() != null ? row.pdf() : row.file().source()));
        List<FileRow> chosen = table.getSelectionModel().getSelectedItems().contains(row)
                ? List.copyOf(table.getSelectionModel().getSelectedItems()) : List.of(row);
        MenuItem retryItem = item("menu.retry", Icons.of(MaterialDesignR.REFRESH), () -> retry.accept(chosen));
        retryItem.setDisable(model.runningProperty().get()
                || chosen.stream().noneMatch(r -> r.status().isFinished()));
        MenuItem copy = item("menu.copyError", Icons.of(MaterialDesignC.CONTENT_COPY), () -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(row.file().source() + ": " + row.detailProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        copy.setDisable(row.detailProperty().get().isEmpty());
        ContextMenu menu = new ContextMenu(open, show, new SeparatorMenuItem(), retryItem, copy);
        menu.setId("rowMenu");
        return menu;
    }

    private MenuItem item(String key, Node graphic, Runnable action) {
        MenuItem item = new MenuItem(i18n.get(key), graphic);
        item.setOnAction(e -> action.run());
        return item;
    }

}
