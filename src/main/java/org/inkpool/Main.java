package org.inkpool;

import org.inkpool.app.InkpoolApp;
import org.inkpool.cli.InkpoolCommand;
import org.inkpool.pool.WorkerMain;

import java.util.Arrays;
import java.util.Set;

/**
 * The launcher of the jar and the installed app. {@code convert} and {@code benchmark} (and options such
 * as {@code --help}) run the command line; the hidden {@code worker} runs a pool worker (the pool itself
 * starts workers with {@code org.inkpool.pool.WorkerMain} directly); anything else opens the window —
 * with no arguments empty, with files and folders (the system's "Open with") already added.
 */
public final class Main {
    private static final Set<String> COMMANDS = Set.of("convert", "benchmark", "help");

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("worker")) {
            WorkerMain.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && (COMMANDS.contains(args[0]) || args[0].startsWith("-"))) {
            System.exit(InkpoolCommand.run(args));
        }
        InkpoolApp.launchWindow(args);
    }
}
