package org.inkpool.pool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a process is stopped (SIGSTOP, a job-control stop, a debugger) rather than running or waiting. A
 * stopped worker makes no progress through no fault of its file, so its time limits wait for it. Known on
 * Linux (from {@code /proc/<pid>/stat}); elsewhere a process is never reported stopped.
 */
final class ProcessState {
    private ProcessState() {
    }

    static boolean stopped(long pid) {
        if (pid <= 0) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
            // "pid (command name) S ...": the name may hold spaces and parentheses, so read after the last ')'
            int close = stat.lastIndexOf(')');
            if (close < 0 || close + 2 >= stat.length()) {
                return false;
            }
            char state = stat.charAt(close + 2);
            return state == 'T' || state == 't';
        } catch (IOException | RuntimeException e) {
            return false; // not Linux, or the process is gone: nothing to wait for
        }
    }
}
