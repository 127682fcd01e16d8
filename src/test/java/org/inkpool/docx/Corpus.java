package org.inkpool.docx;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared test corpus is: {@code ../shared/corpus} beside the project checkout, or one level
 * further up for a git worktree nested under a folder of worktrees.
 */
public final class Corpus {
    private Corpus() {
    }

    public static Path root() {
        Path project = Path.of(System.getProperty("user.dir"));
        Path beside = project.resolve("../shared/corpus").normalize();
        if (Files.isDirectory(beside)) {
            return beside;
        }
        return project.resolve("../../shared/corpus").normalize();
    }
}
