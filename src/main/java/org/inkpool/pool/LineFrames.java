package org.inkpool.pool;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Newline-delimited UTF-8 frames: the framing of the worker protocol. */
public final class LineFrames {
    private LineFrames() {
    }

    public static FrameReader reader(InputStream in) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return reader::readLine;
    }

    public static FrameWriter writer(OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        return new FrameWriter() {
            @Override
            public synchronized void write(String frame) throws IOException {
                if (frame.indexOf('\n') >= 0 || frame.indexOf('\r') >= 0) {
                    throw new IllegalArgumentException("a frame is one line");
                }
                writer.write(frame);
                writer.write('\n');
                writer.flush();
            }
        };
    }
}
