package org.inkpool.pool;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Entry point of a worker JVM. Stdout carries protocol replies only: the real stdout is taken for
 * the protocol first, then {@code System.out} is pointed at stderr so a stray print from a library
 * cannot corrupt the stream. Exits when told to shut down or when its input closes (the parent died).
 */
public final class WorkerMain {
    /** Heartbeat interval in milliseconds (0 turns heartbeats off). */
    public static final String HEARTBEAT_PROPERTY = "inkpool.worker.heartbeatMillis";

    private WorkerMain() {
    }

    public static void main(String[] args) {
        FileOutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        int status;
        try {
            var converter = Converters.fromSystemProperty();
            Duration heartbeat = Duration.ofMillis(Long.getLong(HEARTBEAT_PROPERTY, 1000));
            WorkerLoop loop = new WorkerLoop(converter, LineFrames.reader(System.in), LineFrames.writer(protocolOut), heartbeat,
                    HeapTrim.forThisJvm(HeapTrim.DEFAULT_LIMIT));
            WorkerLoop.End end = loop.run();
            if (end == WorkerLoop.End.INPUT_CLOSED) {
                System.err.println("input closed (the parent is gone); exiting");
            }
            status = 0;
        } catch (Throwable t) {
            System.err.println("worker failed: " + t);
            t.printStackTrace(System.err);
            status = 70;
        }
        // System.exit, not a return: the converting thread may still be busy after the input closed,
        // and a normal VM exit is also when a class-data archive gets written.
        System.exit(status);
    }
}
