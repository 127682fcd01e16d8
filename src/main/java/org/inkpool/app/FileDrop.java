package org.inkpool.app;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Drag-and-drop of files and folders anywhere on a node: while files hover, the node carries the
 * {@code :drop-target} pseudo-class (the stylesheet draws the highlight); dropped files go to the same
 * sink the pickers and the command line use.
 */
final class FileDrop {
    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private FileDrop() {
    }

    static void install(Node target, Consumer<List<Path>> sink) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                target.pseudoClassStateChanged(DROP_TARGET, true);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> target.pseudoClassStateChanged(DROP_TARGET, false));
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<Path> paths = paths(e.getDragboard());
            target.pseudoClassStateChanged(DROP_TARGET, false);
            if (!paths.isEmpty()) {
                sink.accept(paths);
            }
            e.setDropCompleted(!paths.isEmpty());
            e.consume();
        });
    }

    static List<Path> paths(Dragboard board) {
        return board.hasFiles() ? board.getFiles().stream().map(File::toPath).toList() : List.of();
    }
}
