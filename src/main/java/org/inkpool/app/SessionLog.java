package org.inkpool.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A log file per window session, to send with a bug report: the live log's lines and whatever the window's
 * JVM prints on stderr (library warnings, uncaught exceptions), in the user's log folder, named by the
 * start time; the newest {@value #KEEP} sessions are kept. Writing happens on one background thread, so
 * the window never waits for the disk.
 */
final class SessionLog implements AutoCloseable {
    static final int KEEP = 7;
    static final String PREFIX = "inkpool-";
    static final String SUFFIX = ".log";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final Writer writer;
    private final ExecutorService writerThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "inkpool-session-log");
        t.setDaemon(true);
        return t;
    });

    private SessionLog(Path file, Writer writer) {
        this.file = file;
        this.writer = writer;
    }

    /** Starts this session's file in {@code folder}, deleting the oldest so that {@value #KEEP} remain. */
    static SessionLog open(Path folder, LocalDateTime now) throws IOException {
        Files.createDirectories(folder);
        String stamp = NAME_TIME.format(now) + "-" + ProcessHandle.current().pid();
        Path file = folder.resolve(PREFIX + stamp + SUFFIX);
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        rotate(folder, file);
        return new SessionLog(file, writer);
    }

    /** Deletes all but the newest {@value #KEEP} session logs (names sort by time); {@code current} always stays. */
    static void rotate(Path folder, Path current) throws IOException {
        List<Path> logs;
        try (Stream<Path> entries = Files.list(folder)) {
            logs = entries.filter(SessionLog::isSessionLog)
                    .filter(p -> !p.equals(current))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        }
        for (Path old : logs.subList(Math.min(KEEP - 1, logs.size()), logs.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static boolean isSessionLog(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(SUFFIX) && Files.isRegularFile(p);
    }

    Path file() {
        return file;
    }

    /** Appends lines as they are (each gets a line break). */
    void write(List<String> lines) {
        List<String> copy = List.copyOf(lines);
        submit(() -> {
            for (String line : copy) {
                writer.write(line);
                writer.write(System.lineSeparator());
            }
            writer.flush();
        });
    }

    /** Everything printed on {@code original} is printed there and written to this log too. */
    PrintStream tee(PrintStream original) {
        SessionLog log = this;
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                original.write(bytes, offset, length);
                String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
                log.submit(() -> {
                    writer.write(text);
                    writer.flush();
                });
            }

            @Override
            public void flush() {
                original.flush();
            }
        }, true, StandardCharsets.UTF_8);
    }

    private void submit(IoAction action) {
        if (writerThread.isShutdown()) {
            return;
        }
        try {
            writerThread.execute(() -> {
                try {
                    action.run();
                } catch (IOException e) {
                    // a full disk must not stop the window; the live log still shows everything
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing
        }
    }

    /** Writes what is queued and closes the file. */
    @Override
    public void close() {
        submit(writer::close);
        writerThread.shutdown();
        try {
            writerThread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }
}
