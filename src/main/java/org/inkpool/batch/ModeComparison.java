package org.inkpool.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Converts the same documents with each worker count in each mode (a fresh {@link ModeRun} per setting)
 * and says which is fastest here. The {@code benchmark} command and the window's "Compare modes" both
 * measure through this.
 */
public final class ModeComparison {
    private ModeComparison() {
    }

    /**
     * Which setting was fastest, and by how much.
     *
     * @param vsOneWorker  its documents/second over one worker of the same mode
     * @param vsOtherMode  over the other mode with as many workers (NaN when that was not measured)
     */
    public record Advice(ExecutionMode best, int bestWorkers, double vsOneWorker, double vsOtherMode) {
    }

    /**
     * Every mode × worker count, in that order; each setting the fastest of {@code repeat} runs (other
     * load only ever slows a run down). {@code each} hears every setting as it is measured.
     */
    public static List<ModeRun> run(List<Path> documents, List<Integer> workerCounts, List<ExecutionMode> modes,
                                    Path scratch, int repeat, Consumer<ModeRun> each)
            throws IOException, InterruptedException {
        return run(documents, workerCounts, modes, scratch, repeat, List.of(), each);
    }

    /** As above, each {@code inkpool convert} run given {@code convertArgs} too. */
    public static List<ModeRun> run(List<Path> documents, List<Integer> workerCounts, List<ExecutionMode> modes,
                                    Path scratch, int repeat, List<String> convertArgs, Consumer<ModeRun> each)
            throws IOException, InterruptedException {
        List<ModeRun> runs = new ArrayList<>();
        for (ExecutionMode mode : modes) {
            for (int workers : workerCounts) {
                ModeRun run = fastestOf(documents, workers, mode, scratch, repeat, convertArgs);
                runs.add(run);
                each.accept(run);
            }
        }
        return runs;
    }

    /** The fastest of {@code repeat} fresh runs of one setting. */
    public static ModeRun fastestOf(List<Path> documents, int workers, ExecutionMode mode, Path scratch, int repeat)
            throws IOException, InterruptedException {
        return fastestOf(documents, workers, mode, scratch, repeat, List.of());
    }

    /** As above, each run given {@code convertArgs} too. */
    public static ModeRun fastestOf(List<Path> documents, int workers, ExecutionMode mode, Path scratch, int repeat,
                                    List<String> convertArgs) throws IOException, InterruptedException {
        ModeRun best = ModeRun.run(documents, workers, mode, scratch, convertArgs);
        for (int i = 1; i < repeat; i++) {
            ModeRun again = ModeRun.run(documents, workers, mode, scratch, convertArgs);
            if (again.docsPerSecond() > best.docsPerSecond()) {
                best = again;
            }
        }
        return best;
    }

    /** The fastest setting among the runs (which must not be empty). */
    public static Advice advise(List<ModeRun> runs) {
        ModeRun best = runs.get(0);
        for (ModeRun run : runs) {
            if (run.docsPerSecond() > best.docsPerSecond()) {
                best = run;
            }
        }
        ModeRun top = best;
        double vsOne = runs.stream().filter(r -> r.mode() == top.mode() && r.workers() == 1).findFirst()
                .map(one -> top.docsPerSecond() / one.docsPerSecond()).orElse(Double.NaN);
        double vsOther = runs.stream().filter(r -> r.mode() != top.mode() && r.workers() == top.workers()).findFirst()
                .map(other -> top.docsPerSecond() / other.docsPerSecond()).orElse(Double.NaN);
        return new Advice(top.mode(), top.workers(), vsOne, vsOther);
    }
}
