package org.inkpool.layout;

/** Reports finished blocks as a fraction of all, at most {@value #STEPS} times, ending at 1.0. */
final class ProgressMeter {

    static final int STEPS = 100;

    private final LayoutProgress progress;
    private final int total;
    private int done;
    private int lastStep;

    ProgressMeter(LayoutProgress progress, int totalBlocks) {
        this.progress = progress == null ? LayoutProgress.NONE : progress;
        this.total = Math.max(1, totalBlocks);
    }

    void blockDone() {
        done++;
        int step = (int) ((long) done * STEPS / total);
        if (step > lastStep && step <= STEPS) {
            lastStep = step;
            progress.advanced((double) done / total);
        }
    }

    void stillWorking() {
        progress.stillWorking();
    }

    void finish() {
        if (lastStep < STEPS) {
            lastStep = STEPS;
            progress.advanced(1.0);
        }
    }
}
