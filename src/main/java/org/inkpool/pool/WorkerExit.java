package org.inkpool.pool;

/** How a worker process ended, told in words: out of memory, killed by a signal, or an exit code. */
final class WorkerExit {
    /** {@code -XX:+ExitOnOutOfMemoryError} ends the JVM with this code. */
    static final int OUT_OF_MEMORY = 3;

    private WorkerExit() {
    }

    /** "worker (pid 123) was killed by signal 9 (SIGKILL: …)", "… ran out of memory", "… exited with code 1". */
    static String describe(long pid, int exitCode) {
        String who = "worker" + (pid > 0 ? " (pid " + pid + ")" : "");
        if (exitCode == OUT_OF_MEMORY) {
            return who + " ran out of memory (exit " + exitCode + ", its heap limit was reached)";
        }
        if (exitCode > 128 && exitCode < 128 + 65) {
            int signal = exitCode - 128;
            return who + " was killed by signal " + signal + " (" + signalName(signal) + ")";
        }
        return who + " crashed (exit code " + exitCode + ")";
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 9 -> "SIGKILL: by the system's out-of-memory killer or a user";
            case 15 -> "SIGTERM: asked to stop from outside";
            case 6 -> "SIGABRT: the JVM aborted";
            case 11 -> "SIGSEGV: a crash in native code";
            case 2 -> "SIGINT";
            case 1 -> "SIGHUP";
            case 7 -> "SIGBUS";
            default -> "signal " + signal;
        };
    }
}
