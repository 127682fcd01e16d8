package org.inkpool;

import org.inkpool.app.InkpoolApp;
import org.inkpool.cli.InkpoolCommand;
import org.inkpool.pool.WorkerMain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The launcher of the jar and the installed app: no arguments (or only documents and folders, as "Open
 * with" passes them) opens the window; {@code convert} and
 * {@code benchmark} run the command line; the hidden {@code worker} runs a pool worker (the pool itself
 * starts workers with {@code org.inkpool.pool.WorkerMain} directly).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || namesDocumentsToOpen(args)) {
            InkpoolApp.launchWindow(args);
            return;
        }
        if (args[0].equals("worker")) {
            WorkerMain.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.exit(InkpoolCommand.run(args));
    }

    /**
     * "Open with" and desktop shortcuts pass documents and folders, not a subcommand: when every
     * argument is an existing file or folder (and the first is not a subcommand), the window opens with them.
     */
    static boolean namesDocumentsToOpen(String[] args) {
        if (List.of("convert", "benchmark", "worker").contains(args[0])) {
            return false;
        }
        for (String arg : args) {
            if (arg.startsWith("-") || !Files.exists(Path.of(arg))) {
                return false;
            }
        }
        return true;
    }
}
