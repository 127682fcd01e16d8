package org.inkpool.app;

import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;

/** The status bar: overall progress, counts, elapsed time, time left, documents per second, live workers. */
final class StatusPanel {
    private final BatchModel model;
    private final I18n i18n;
    private final StatusBar bar = new StatusBar();
    private final Label elapsed = label("elapsedLabel", Icons.of(MaterialDesignT.TIMER_OUTLINE));
    private final Label eta = label("etaLabel", Icons.of(MaterialDesignC.CLOCK_END));
    private final Label rate = label("rateLabel", Icons.of(MaterialDesignS.SPEEDOMETER));
    private final Label workers = label("workersLabel", Icons.of(MaterialDesignA.ACCOUNT_HARD_HAT));

    StatusPanel(BatchModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        bar.setId("statusBar");
        bar.getRightItems().addAll(elapsed, separator(), eta, separator(), rate, separator(), workers);
        refresh();
        i18n.localeProperty().addListener((o, a, b) -> refresh());
        model.afterEvents(this::refresh);
        model.runningProperty().addListener((o, a, b) -> refresh());
        model.scanningProperty().addListener((o, a, b) -> refresh());
        model.pausedProperty().addListener((o, a, b) -> refresh());
        model.rows().addListener((javafx.collections.ListChangeListener<FileRow>) c -> refresh());
    }

    StatusBar view() {
        return bar;
    }

    /** Brings every figure up to date; called after each batch of events and on the window's clock. */
    void refresh() {
        int total = model.batchTotalProperty().get();
        boolean running = model.runningProperty().get();
        if (total == 0 && !running) {
            bar.setProgress(0);
            bar.setText(model.scanningProperty().get() > 0 ? i18n.get("status.scanning")
                    : i18n.get("status.idle", model.rows().size()));
        } else {
            bar.setProgress(model.overallProgressProperty().get());
            String counts = i18n.get("status.counts", model.finishedInBatch(), total, model.doneProperty().get(),
                    model.failedProperty().get(), model.skippedProperty().get());
            bar.setText(model.pausedProperty().get() ? i18n.get("status.paused", counts) : counts);
        }
        Duration spent = model.elapsedProperty().get();
        elapsed.setText(i18n.get("status.elapsed", Formats.duration(spent)));
        Duration left = running ? BatchStats.eta(model.completedWork(), total, spent) : null;
        eta.setText(i18n.get("status.eta", left == null ? "–" : Formats.duration(left)));
        OptionalDouble perSecond = BatchStats.rate(model.finishedInBatch(), spent);
        rate.setText(i18n.get("status.rate",
                perSecond.isPresent() ? String.format(Locale.ROOT, "%.1f", perSecond.getAsDouble()) : "–"));
        workers.setText(i18n.get("status.workers", model.liveWorkersProperty().get()));
    }

    private static Label label(String id, javafx.scene.Node icon) {
        Label label = new Label();
        label.setId(id);
        label.setGraphic(icon);
        label.getStyleClass().add("status-item");
        return label;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
