package org.inkpool.pool;

import java.io.IOException;

/** Reads one frame (one message) at a time; the framing itself stays behind this interface. */
public interface FrameReader {
    /** The next frame, or null when the other side closed the stream. */
    String next() throws IOException;
}
