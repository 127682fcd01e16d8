package org.inkpool.app;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;
import org.inkpool.batch.BatchOptions;
import org.inkpool.convert.ConversionOptions;
import org.inkpool.batch.ExecutionMode;
import org.inkpool.batch.ExistingPolicy;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the next batch runs: CPU count, worker count, mode, where PDFs go, what to do with existing
 * PDFs, subfolders. Every choice is remembered in {@link AppSettings} as soon as it is made.
 */
final class OptionsPane {
    private final I18n i18n;
    private final AppSettings settings;
    private final int cpuCount;
    private final FlowPane pane = new FlowPane();
    private final Label cpuLabel = new Label();
    private final Spinner<Integer> workers;
    private final ChoiceBox<ExecutionMode> mode = new ChoiceBox<>();
    private final ChoiceBox<Boolean> outputToFolder = new ChoiceBox<>();
    private final TextField outputDir = new TextField();
    private final Button browseOutput = new Button();
    private final ChoiceBox<ExistingPolicy> existing = new ChoiceBox<>();
    private final CheckBox recursive = new CheckBox();
    private final CheckBox pdfa = new CheckBox();
    private final CheckBox tagged = new CheckBox();
    /** The PDF's bookmarks panel: false from the headings, true from the Word bookmarks. */
    private final ChoiceBox<Boolean> outline = new ChoiceBox<>();
    private final ObjectProperty<Path> chosenOutputDir = new SimpleObjectProperty<>();

    OptionsPane(I18n i18n, AppSettings settings, int cpuCount) {
        this.i18n = i18n;
        this.settings = settings;
        this.cpuCount = cpuCount;

        cpuLabel.setId("cpuLabel");
        cpuLabel.textProperty().bind(i18n.text("options.cpus", cpuCount));
        cpuLabel.setGraphic(Icons.of(MaterialDesignC.CHIP, "accent-icon"));
        cpuLabel.getStyleClass().add("cpu-label");

        workers = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 4 * cpuCount,
                settings.workers(cpuCount, 4 * cpuCount)));
        workers.setId("workersSpinner");
        workers.setEditable(true);
        workers.setPrefWidth(84);
        workers.valueProperty().addListener((o, a, n) -> settings.workers(n));
        // a typed number counts when the field is left, not only on Enter
        workers.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                workers.increment(0);
            }
        });
        tip(workers, "options.workers.tip");

        mode.setId("modeChoice");
        mode.getItems().setAll(ExecutionMode.PROCESSES, ExecutionMode.THREADS);
        mode.setValue(settings.mode());
        mode.valueProperty().addListener((o, a, n) -> settings.mode(n));
        tip(mode, "options.mode.tip");

        outputToFolder.setId("outputChoice");
        outputToFolder.getItems().setAll(false, true);
        outputToFolder.setValue(settings.outputToFolder() && settings.outputDir().isPresent());
        chosenOutputDir.set(settings.outputDir().orElse(null));
        outputDir.setId("outputDirField");
        outputDir.setEditable(false);
        outputDir.setPrefColumnCount(18);
        chosenOutputDir.addListener((o, a, n) -> outputDir.setText(n == null ? "" : n.toString()));
        outputDir.setText(chosenOutputDir.get() == null ? "" : chosenOutputDir.get().toString());
        browseOutput.setId("browseOutputButton");
        browseOutput.setGraphic(Icons.of(MaterialDesignF.FOLDER_OPEN));
        browseOutput.textProperty().bind(i18n.text("options.browse"));
        browseOutput.setOnAction(e -> chooseOutputDir());
        outputDir.visibleProperty().bind(outputToFolder.valueProperty().isEqualTo(true));
        outputDir.managedProperty().bind(outputDir.visibleProperty());
        browseOutput.visibleProperty().bind(outputDir.visibleProperty());
        browseOutput.managedProperty().bind(outputDir.visibleProperty());
        outputToFolder.valueProperty().addListener((o, a, toFolder) -> {
            if (toFolder && chosenOutputDir.get() == null && !chooseOutputDir()) {
                outputToFolder.setValue(false); // no folder picked: stay next to the sources
                return;
            }
            settings.outputToFolder(toFolder);
        });
        tip(outputToFolder, "options.output.tip");

        existing.setId("existingChoice");
        existing.getItems().setAll(ExistingPolicy.values());
        existing.setValue(settings.existing());
        existing.valueProperty().addListener((o, a, n) -> settings.existing(n));
        tip(existing, "options.existing.tip");

        recursive.setId("recursiveCheck");
        recursive.textProperty().bind(i18n.text("options.recursive"));
        recursive.setSelected(settings.recursive());
        recursive.selectedProperty().addListener((o, a, n) -> settings.recursive(n));

        pdfa.setId("pdfaCheck");
        pdfa.textProperty().bind(i18n.text("options.pdfa"));
        pdfa.setSelected(settings.pdfa());
        pdfa.selectedProperty().addListener((o, a, n) -> settings.pdfa(n));
        tip(pdfa, "options.pdfa.tip");

        tagged.setId("taggedCheck");
        tagged.textProperty().bind(i18n.text("options.tagged"));
        tagged.setSelected(settings.tagged());
        tagged.selectedProperty().addListener((o, a, n) -> settings.tagged(n));
        tip(tagged, "options.tagged.tip");

        outline.setId("outlineChoice");
        outline.getItems().setAll(false, true);
        outline.setValue(settings.bookmarksOutline());
        outline.valueProperty().addListener((o, a, n) -> settings.bookmarksOutline(n));
        tip(outline, "options.outline.tip");

        labelChoices();
        i18n.localeProperty().addListener((o, a, b) -> labelChoices());

        pane.getChildren().addAll(cpuLabel,
                group("options.workers", workers),
                group("options.mode", mode),
                group("options.output", outputToFolder, outputDir, browseOutput),
                group("options.existing", existing),
                group("options.outline", outline),
                recursive, pdfa, tagged);
        pane.setHgap(22);
        pane.setVgap(8);
        pane.setAlignment(Pos.CENTER_LEFT);
        pane.getStyleClass().add("options-pane");
    }

    Node view() {
        return pane;
    }

    /** The options the Start button would use now; empty when "a chosen folder" lacks its folder. */
    /** The worker count chosen, whatever else is still to be chosen. */
    int workerCount() {
        return workers.getValue();
    }

    Optional<BatchOptions> options() {
        BatchOptions defaults = BatchOptions.defaults();
        Path out = null;
        if (Boolean.TRUE.equals(outputToFolder.getValue())) {
            out = chosenOutputDir.get();
            if (out == null) {
                return Optional.empty();
            }
        }
        return Optional.of(new BatchOptions(workers.getValue(), mode.getValue(), out, existing.getValue(),
                recursive.isSelected(), defaults.stallTimeout(), defaults.hardTimeout(),
                new ConversionOptions(pdfa.isSelected(), tagged.isSelected(),
                Boolean.TRUE.equals(outline.getValue()))));
    }

    boolean recursive() {
        return recursive.isSelected();
    }

    int cpuCount() {
        return cpuCount;
    }

    Spinner<Integer> workersSpinner() {
        return workers;
    }

    /** Sets the output folder as if picked (tests, and the picker). */
    void useOutputDir(Path dir) {
        chosenOutputDir.set(dir);
        settings.outputDir(dir);
        outputToFolder.setValue(dir != null);
    }

    private boolean chooseOutputDir() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.get("options.output.pick"));
        Path current = chosenOutputDir.get();
        if (current != null && current.toFile().isDirectory()) {
            chooser.setInitialDirectory(current.toFile());
        }
        File picked = chooser.showDialog(pane.getScene() == null ? null : pane.getScene().getWindow());
        if (picked == null) {
            return false;
        }
        chosenOutputDir.set(picked.toPath());
        settings.outputDir(picked.toPath());
        return true;
    }

    private void labelChoices() {
        mode.setConverter(converter(m -> i18n.get(m == ExecutionMode.PROCESSES ? "mode.processes" : "mode.threads")));
        outputToFolder.setConverter(converter(f -> i18n.get(f ? "output.folder" : "output.beside")));
        outline.setConverter(converter(b -> i18n.get(b ? "outline.bookmarks" : "outline.headings")));
        existing.setConverter(converter(p -> i18n.get(switch (p) {
            case SKIP_IF_NEWER -> "existing.skipIfNewer";
            case OVERWRITE -> "existing.overwrite";
            case KEEP_BOTH -> "existing.keepBoth";
        })));
    }

    private HBox group(String labelKey, Node... controls) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(labelKey));
        label.getStyleClass().add("option-label");
        HBox box = new HBox(6, label);
        box.getChildren().addAll(controls);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void tip(javafx.scene.control.Control control, String key) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.text(key));
        control.setTooltip(tooltip);
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are not typed in");
            }
        };
    }
}
