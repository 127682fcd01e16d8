package org.inkpool.pool;

import org.inkpool.convert.ConversionListener;
import org.inkpool.convert.ConversionOptions;
import org.inkpool.convert.ConversionResult;
import org.inkpool.convert.DocumentConverter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The worker side of the protocol: reads requests, converts one file at a time on its own thread
 * (so heartbeats flow and a closed stdin is noticed mid-file) and answers every request with exactly
 * one terminal reply. Writes are serialised and flushed by the {@link FrameWriter}.
 */
public final class WorkerLoop {

    /** Why the loop ended. */
    public enum End { SHUTDOWN, INPUT_CLOSED }

    /** Deeply nested documents (tables in tables…) recurse deeply in parsers and layout. */
    static final long CONVERSION_STACK = 16L * 1024 * 1024;

    private final DocumentConverter converter;
    private final FrameReader in;
    private final FrameWriter out;
    private final Duration heartbeat;
    private final AtomicReference<Path> currentOutput = new AtomicReference<>();
    private final Runnable afterDocument;

    public WorkerLoop(DocumentConverter converter, FrameReader in, FrameWriter out, Duration heartbeat) {
        this(converter, in, out, heartbeat, () -> { });
    }

    /** As above, running {@code afterDocument} on the converting thread once each reply is sent. */
    WorkerLoop(DocumentConverter converter, FrameReader in, FrameWriter out, Duration heartbeat,
               Runnable afterDocument) {
        this.converter = converter;
        this.in = in;
        this.out = out;
        this.heartbeat = heartbeat;
        this.afterDocument = afterDocument;
    }

    public End run() throws IOException {
        ExecutorService converting = Executors.newSingleThreadExecutor(daemon("convert", CONVERSION_STACK));
        ScheduledExecutorService beating = Executors.newSingleThreadScheduledExecutor(daemon("heartbeat", 0));
        try {
            send(new Reply.Ready(ProcessHandle.current().pid()));
            if (!heartbeat.isZero()) {
                long ms = heartbeat.toMillis();
                beating.scheduleAtFixedRate(this::beat, ms, ms, TimeUnit.MILLISECONDS);
            }
            String frame;
            while ((frame = in.next()) != null) {
                if (frame.isBlank()) {
                    continue;
                }
                Request request = Codec.request(frame);
                if (request instanceof Request.Shutdown) {
                    converting.shutdown();
                    awaitQuietly(converting);
                    return End.SHUTDOWN;
                }
                Request.Convert convert = (Request.Convert) request;
                converting.execute(() -> convertOne(convert));
            }
            // The parent is gone (or closed our input): stop now and leave nothing half-written.
            Path output = currentOutput.get();
            if (output != null) {
                OutputFiles.sweepTemporaries(output);
            }
            return End.INPUT_CLOSED;
        } finally {
            beating.shutdownNow();
            converting.shutdownNow();
        }
    }

    private void convertOne(Request.Convert request) {
        long id = request.id();
        Path output = Path.of(request.output());
        currentOutput.set(output);
        try {
            java.util.Set<String> sent = new java.util.HashSet<>();
            ConversionListener listener = new ConversionListener() {
                @Override
                public void progress(double fraction, Phase phase) {
                    send(new Reply.Progress(id, fraction, phase.name()));
                }

                @Override
                public void warning(String text) {
                    if (sent.add(text)) {
                        org.inkpool.convert.EngineMessage m = org.inkpool.convert.EngineMessages.warning(text);
                        send(new Reply.Warning(id, text, m.code(), m.args()));
                    }
                }
            };
            ConversionResult result = AtomicConversion.convert(converter, id, Path.of(request.input()), output,
                    listener, () -> false, new ConversionOptions(request.pdfa(), request.tagged(), request.bookmarksOutline()));
            for (String warning : result.warnings()) {
                listener.warning(warning); // only those the converter did not stream: each crosses once
            }
            long[] heap = HeapGauge.oldGeneration();
            send(new Reply.Done(id, result.pages(), result.millis(), heap[0], heap[1]));
        } catch (UncheckedIOException e) {
            throw e; // stdout is gone: nothing more can be said
        } catch (Throwable t) {
            AtomicConversion.Failure failure = AtomicConversion.describe(t);
            org.inkpool.convert.EngineMessage m = org.inkpool.convert.EngineMessages.failure(failure.kind(), failure.message());
            send(new Reply.Failed(id, failure.kind().name(), failure.message(), m.code(), m.args()));
        } finally {
            currentOutput.set(null);
        }
        afterDocument.run();
    }

    private void beat() {
        long[] heap = HeapGauge.oldGeneration();
        try {
            send(new Reply.Heartbeat(heap[0], heap[1]));
        } catch (UncheckedIOException e) {
            // the reader notices the closed pipe and ends the loop
        }
    }

    private void send(Reply reply) {
        try {
            out.write(Codec.encode(reply));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitQuietly(ExecutorService executor) {
        try {
            while (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
                // keep waiting: the pool's hard limit kills us if the file never ends
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name, long stackSize) {
        return r -> {
            Thread t = new Thread(null, r, "inkpool-" + name, stackSize);
            t.setDaemon(true);
            return t;
        };
    }
}
