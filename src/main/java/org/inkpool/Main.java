package org.inkpool;

import org.inkpool.cli.InkpoolCommand;
import org.inkpool.pool.WorkerMain;

import java.util.Arrays;

/**
 * The launcher of the jar and the installed app: no arguments opens the window; {@code convert} and
 * {@code benchmark} run the command line; the hidden {@code worker} runs a pool worker (the pool itself
 * starts workers with {@code org.inkpool.pool.WorkerMain} directly).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            openWindow(args);
            return;
        }
        if (args[0].equals("worker")) {
            WorkerMain.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.exit(InkpoolCommand.run(args));
    }

    private static void openWindow(String[] args) {
        System.err.println("The window is not available yet in this build; use the command line:");
        System.exit(InkpoolCommand.run(new String[]{"--help"}));
    }
}
