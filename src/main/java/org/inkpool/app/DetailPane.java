package org.inkpool.app;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The selected file in full: its status, every warning (or the failure reason) as the table can only
 * hint at, its worker's log lines while it converted, and a picture of its PDF's first page (rendered
 * in the background, cached). Follows the selection and the selected file's events.
 */
final class DetailPane {
    private final BatchModel model;
    private final I18n i18n;
    private final ThumbnailCache thumbnails;
    private final VBox box = new VBox(8);
    private final Label title = new Label();
    private final Label state = new Label();
    private final ImageView thumbnail = new ImageView();
    private final Label thumbnailNote = new Label();
    private final Label warnings = new Label();
    private final TextArea log = new TextArea();
    private FileRow shown;
    private FileStatus shownStatus;
    private int shownWarnings = -1;
    private Path thumbnailOf;

    DetailPane(BatchModel model, I18n i18n, ThumbnailCache thumbnails) {
        this.model = model;
        this.i18n = i18n;
        this.thumbnails = thumbnails;
        box.setId("detailPane");
        box.getStyleClass().add("detail-pane");
        title.setId("detailTitle");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        state.setId("detailState");
        state.getStyleClass().add("muted");
        state.setWrapText(true);
        thumbnail.setId("detailThumbnail");
        thumbnail.setFitWidth(ThumbnailCache.WIDTH);
        thumbnail.setFitHeight(ThumbnailCache.WIDTH); // a landscape or a long page never pushes the rest away
        thumbnail.setPreserveRatio(true);
        thumbnail.setSmooth(true);
        thumbnailNote.getStyleClass().add("muted");
        StackPane picture = new StackPane(thumbnail, thumbnailNote);
        picture.getStyleClass().add("detail-thumbnail");
        picture.setMinHeight(120);
        picture.setAlignment(Pos.CENTER);
        warnings.setId("detailWarnings");
        warnings.setWrapText(true);
        Label warningsTitle = heading("detail.warnings");
        Label logTitle = heading("detail.log");
        log.setId("detailLog");
        log.setEditable(false);
        log.setWrapText(true);
        log.getStyleClass().add("detail-log");
        log.setPrefRowCount(5);
        log.setMinHeight(60);
        VBox.setVgrow(log, Priority.ALWAYS);
        box.getChildren().addAll(title, state, picture, warningsTitle, warnings, logTitle, log);
        box.setMinWidth(200);
        box.setPrefWidth(260);
        show(null);
        model.afterEvents(this::refreshIfChanged);
        i18n.localeProperty().addListener((o, a, b) -> show(shown));
    }

    Node view() {
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("detail-scroll");
        return scroll;
    }

    ThumbnailCache thumbnails() {
        return thumbnails;
    }

    ImageView thumbnail() {
        return thumbnail;
    }

    Label warningsLabel() {
        return warnings;
    }

    TextArea logArea() {
        return log;
    }

    /** Shows this file (null: nothing selected). */
    void show(FileRow row) {
        shown = row;
        if (row == null) {
            title.setText(i18n.get("detail.none"));
            state.setText("");
            warnings.setText("");
            log.setText("");
            setThumbnail(null);
            thumbnailNote.setText("");
            shownStatus = null;
            return;
        }
        shownStatus = row.status();
        shownWarnings = row.warningCountProperty().get();
        title.setText(row.file().display());
        state.setText(stateLine(row));
        warnings.setText(warningText(row));
        log.setText(String.join("\n", logLines(row)));
        Path pdf = row.status() == FileStatus.DONE || row.status() == FileStatus.SKIPPED ? row.pdf() : null;
        if (pdf == null) {
            setThumbnail(null);
            thumbnailNote.setText(i18n.get("detail.noPdf"));
        } else if (!pdf.equals(thumbnailOf) || thumbnail.getImage() == null) {
            setThumbnail(null);
            thumbnailOf = pdf;
            thumbnailNote.setText(i18n.get("detail.rendering"));
            thumbnails.request(pdf, image -> {
                if (row == shown && pdf.equals(thumbnailOf)) {
                    setThumbnail(image);
                    thumbnailNote.setText(image == null ? i18n.get("detail.noPicture") : "");
                }
            });
        }
    }

    private void setThumbnail(javafx.scene.image.Image image) {
        thumbnail.setImage(image);
        if (image == null) {
            thumbnailOf = null;
        }
    }

    /** After each batch of events: only when the shown file changed (or is converting, for its log). */
    private void refreshIfChanged() {
        FileRow row = shown;
        if (row != null && (row.status() != shownStatus || row.status() == FileStatus.CONVERTING
                || row.warningCountProperty().get() != shownWarnings)) {
            show(row);
        }
    }

    private String stateLine(FileRow row) {
        StringBuilder line = new StringBuilder(i18n.get(row.status().messageKey()));
        if (row.pagesProperty().get() >= 0) {
            line.append(" · ").append(i18n.get("detail.pages", row.pagesProperty().get()));
        }
        if (row.millisProperty().get() >= 0) {
            line.append(" · ").append(i18n.get("detail.millis", row.millisProperty().get()));
        }
        if (!row.workerProperty().get().isEmpty()) {
            line.append(" · ").append(row.workerProperty().get());
        }
        return line.toString();
    }

    private String warningText(FileRow row) {
        if (row.status() == FileStatus.FAILED) {
            return row.detailProperty().get();
        }
        List<String> all = row.warnings();
        return all.isEmpty() ? i18n.get("detail.noWarnings") : "• " + String.join("\n• ", all);
    }

    /**
     * The lines about this file and its worker's lines while it converted, oldest first. The log is in
     * time order: read from the end back to the file's start.
     */
    private List<String> logLines(FileRow row) {
        List<LogLine> lines = model.logLines();
        String file = row.file().display();
        String worker = row.workerProperty().get();
        long from = row.startedMillis();
        long to = row.endedMillis() == 0 ? Long.MAX_VALUE : row.endedMillis() + 1000;
        List<String> found = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0; i--) {
            LogLine line = lines.get(i);
            if (from > 0 && line.epochMillis() < from - 1000) {
                break;
            }
            boolean ofFile = file.equals(line.file());
            boolean ofWorker = !worker.isEmpty() && worker.equals(line.worker()) && line.file().isEmpty()
                    && line.epochMillis() >= from && line.epochMillis() <= to;
            if (ofFile || ofWorker) {
                found.add(line.time() + "  " + line.level() + "  " + (line.worker().isEmpty() ? "" : line.worker() + ": ")
                        + line.message());
            }
            if (found.size() >= 200) {
                break;
            }
        }
        java.util.Collections.reverse(found);
        return found;
    }

    private Label heading(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.getStyleClass().add("detail-heading");
        return label;
    }
}
