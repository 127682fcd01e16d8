package org.inkpool.pool;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.inkpool.convert.EngineMessages;
import org.inkpool.convert.FailureKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A worker JVM speaking the protocol over its stdin/stdout; its stderr is forwarded as log lines. */
final class ProcessRunner implements Runner {
    private final String name;
    private final List<String> command;
    private final Events events;
    private volatile Process process;
    private volatile FrameWriter requests;
    private volatile String lastErrorLine = "";

    ProcessRunner(String name, List<String> command, Events events) {
        this.name = name;
        this.command = command;
        this.events = events;
    }

    @Override
    public String name() {
        return name;
    }

    /** The last line the worker wrote to stderr: the best hint why it failed to start. */
    String lastErrorLine() {
        return lastErrorLine;
    }

    @Override
    public void start() {
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            lastErrorLine = e.getMessage();
            events.exited(this, -1);
            return;
        }
        requests = LineFrames.writer(process.getOutputStream());
        daemon(this::readReplies, "replies").start();
        daemon(this::readLog, "log").start();
    }

    @Override
    public void submit(long id, PoolTask task) {
        send(Codec.encode(new Request.Convert(id, task.input().toString(), task.output().toString(),
                task.options().pdfa(), task.options().tagged(),
                task.options().bookmarksOutline())));
    }

    @Override
    public void retire() {
        send(Codec.encode(new Request.Shutdown()));
        try {
            process.getOutputStream().close();
        } catch (IOException | RuntimeException e) {
            // already gone
        }
    }

    @Override
    public void kill() {
        Process p = process;
        if (p != null) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    long pid() {
        Process p = process;
        return p == null ? -1 : p.pid();
    }

    private void send(String frame) {
        try {
            FrameWriter w = requests;
            if (w != null) {
                w.write(frame);
            }
        } catch (IOException e) {
            // the worker is gone; its exit is reported by the reply reader
        }
    }

    private void readReplies() {
        FrameReader replies = LineFrames.reader(process.getInputStream());
        try {
            String frame;
            while ((frame = replies.next()) != null) {
                dispatch(frame);
            }
        } catch (IOException e) {
            // stream broken: the process is ending
        }
        // Exit is reported only after every reply was read, so a terminal reply always comes first.
        int code;
        while (true) {
            try {
                code = process.waitFor();
                break;
            } catch (InterruptedException e) {
                // a daemon reader has nobody to hand the interrupt to; keep waiting for the exit
            }
        }
        events.exited(this, code);
    }

    private void dispatch(String frame) {
        Reply reply;
        try {
            reply = Codec.reply(frame);
        } catch (JsonProcessingException e) {
            events.log(this, PoolListener.Level.WARN, "unexpected output: " + frame);
            return;
        }
        if (reply instanceof Reply.Ready r) {
            events.ready(this, r.pid());
        } else if (reply instanceof Reply.Progress p) {
            events.progress(this, p.id(), p.fraction(), p.phase());
        } else if (reply instanceof Reply.Warning w) {
            events.warning(this, w.id(), w.code() == null ? EngineMessages.warning(w.text())
                    : EngineMessages.of(w.code(), w.args(), w.text()));
        } else if (reply instanceof Reply.Done d) {
            events.done(this, d.id(), d.pages(), d.millis(), d.heapUsed(), d.heapMax());
        } else if (reply instanceof Reply.Failed f) {
            FailureKind kind = kindOf(f.kind());
            events.failed(this, f.id(), kind, f.code() == null ? EngineMessages.failure(kind, f.message())
                    : EngineMessages.of(f.code(), f.args(), f.message()));
        }
        // heartbeats only prove liveness; the reader being alive is enough here
    }

    private static FailureKind kindOf(String name) {
        try {
            return FailureKind.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return FailureKind.INTERNAL;
        }
    }

    private void readLog() {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                lastErrorLine = line;
                events.log(this, levelOf(line), line);
            }
        } catch (IOException e) {
            // process gone
        }
    }

    /**
     * A worker's own lines are at most warnings: ERROR is kept for what the scheduler itself reports
     * (a crash, a failed start), so a library's noisy "ERROR" about a document does not look like one.
     */
    private static PoolListener.Level levelOf(String line) {
        if (line.startsWith("WARN ") || line.startsWith("ERROR ") || line.contains(" WARN ") || line.contains(" ERROR ")
                || line.contains("[warning]") || line.contains("Exception")) {
            return PoolListener.Level.WARN;
        }
        return PoolListener.Level.INFO;
    }

    private Thread daemon(Runnable body, String what) {
        Thread t = new Thread(body, "inkpool-" + name.replace(' ', '-') + "-" + what);
        t.setDaemon(true);
        return t;
    }
}
