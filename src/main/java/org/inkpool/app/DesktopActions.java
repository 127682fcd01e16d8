package org.inkpool.app;

import java.nio.file.Path;

/** Hands files to the operating system (open a PDF, show its folder). Injected so tests need no desktop. */
public interface DesktopActions {
    void open(Path file);

    void showInFolder(Path file);
}
