package org.inkpool.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code inkpool}: the command line's root; each job is a subcommand. */
@Command(name = "inkpool", mixinStandardHelpOptions = true, version = "Inkpool 0.1",
        description = "Converts Word documents to PDF without Word or LibreOffice. Run without arguments for the window.",
        subcommands = {ConvertCommand.class, BenchmarkCommand.class, GenerateCommand.class, FuzzCommand.class, SoakCommand.class, CommandLine.HelpCommand.class})
public final class InkpoolCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line; returns the process exit status (0 ok, 1 some file failed, 2 usage). */
    public static int run(String[] args) {
        return new CommandLine(new InkpoolCommand()).execute(args);
    }
}
