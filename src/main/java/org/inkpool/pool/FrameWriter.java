package org.inkpool.pool;

import java.io.IOException;

/** Writes whole frames; implementations serialise concurrent writers and flush each frame. */
public interface FrameWriter {
    void write(String frame) throws IOException;
}
