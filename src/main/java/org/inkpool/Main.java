package org.inkpool;

import org.inkpool.app.InkpoolApp;
import org.inkpool.cli.InkpoolCommand;
import org.inkpool.pool.WorkerMain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The launcher of the jar and the installed app: no arguments, or only documents and folders (as the
 * system's "Open with" passes them), opens the window; {@code convert}, {@code benchmark} and options such
 * as {@code --help} run the command line; the hidden {@code worker} runs a pool worker (the pool itself
 * starts workers with {@code org.inkpool.pool.WorkerMain} directly). Anything else goes to the command line,
 * which explains its usage.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("worker")) {
            WorkerMain.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length == 0 || namesDocumentsToOpen(args)) {
            InkpoolApp.launchWindow(args);
            return;
        }
        System.exit(InkpoolCommand.run(args));
    }

    /** True when every argument is an existing file or folder, none of them an option. */
    static boolean namesDocumentsToOpen(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("-") || !Files.exists(Path.of(arg))) {
                return false;
            }
        }
        return true;
    }
}
