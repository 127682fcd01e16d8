package org.inkpool.app;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Help → About: version, runtime, where logs and the cache are (click to open), licences. */
final class AboutDialog {
    private final I18n i18n;
    private final AboutInfo info;
    private final Consumer<Path> openFolder;

    AboutDialog(I18n i18n, AboutInfo info, Consumer<Path> openFolder) {
        this.i18n = i18n;
        this.info = info;
        this.openFolder = openFolder;
    }

    Alert build(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("about.title"));
        alert.setHeaderText("Inkpool " + info.version());
        alert.getDialogPane().setId("aboutDialog");
        alert.getDialogPane().setContent(content());
        alert.getDialogPane().setPrefWidth(640);
        alert.setResizable(true);
        ButtonType copy = new ButtonType(i18n.get("about.copy"));
        alert.getButtonTypes().setAll(copy, ButtonType.CLOSE);
        Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
        copyButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent text = new ClipboardContent();
            text.putString(info.text());
            Clipboard.getSystemClipboard().setContent(text);
            e.consume(); // keep the dialog open
        });
        return alert;
    }

    private VBox content() {
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(6);
        int row = 0;
        facts.addRow(row++, label("about.version"), new Label(info.version()));
        facts.addRow(row++, label("about.runtime"), new Label(info.runtime()));
        facts.addRow(row++, label("about.javaHome"), new Label(info.javaHome()
                + (info.bundledRuntime() ? "  (" + i18n.get("about.bundled") + ")" : "")));
        facts.addRow(row++, label("about.logs"), folderLink(info.logFolder(), "aboutLogsLink"));
        if (info.sessionLog() != null) {
            facts.addRow(row++, label("about.sessionLog"), new Label(info.sessionLog().getFileName().toString()));
        }
        facts.addRow(row, label("about.cache"), folderLink(info.cacheFolder(), "aboutCacheLink"));

        TableView<AboutInfo.Library> libraries = new TableView<>();
        libraries.setId("aboutLibraries");
        libraries.getColumns().add(column(i18n.get("about.library"), AboutInfo.Library::name, 230));
        libraries.getColumns().add(column(i18n.get("about.libraryVersion"), AboutInfo.Library::version, 90));
        libraries.getColumns().add(column(i18n.get("about.licence"), AboutInfo.Library::licence, 250));
        libraries.getItems().setAll(info.libraries());
        libraries.setPrefHeight(220);
        TitledPane librariesPane = new TitledPane(i18n.get("about.libraries"), libraries);

        TextArea fonts = new TextArea(info.fontLicences());
        fonts.setEditable(false);
        fonts.setWrapText(true);
        fonts.setPrefRowCount(8);
        TitledPane fontsPane = new TitledPane(i18n.get("about.fonts"), fonts);
        fontsPane.setExpanded(false);

        Label runtimeLicence = new Label(i18n.get("about.runtimeLicence"));
        runtimeLicence.setWrapText(true);
        VBox box = new VBox(10, facts, librariesPane, fontsPane, runtimeLicence);
        box.setPadding(new Insets(4, 0, 0, 0));
        return box;
    }

    private Label label(String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add("muted");
        return label;
    }

    private Hyperlink folderLink(Path folder, String id) {
        Hyperlink link = new Hyperlink(folder.toString());
        link.setId(id);
        link.setOnAction(e -> openFolder.accept(folder));
        return link;
    }

    private static TableColumn<AboutInfo.Library, String> column(String title,
            java.util.function.Function<AboutInfo.Library, String> value, double width) {
        TableColumn<AboutInfo.Library, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
