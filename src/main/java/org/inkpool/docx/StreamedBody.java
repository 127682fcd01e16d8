package org.inkpool.docx;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.DoubleConsumer;

/**
 * Streams the main part with the hardened SAX parser, one top-level block's DOM at a time
 * ({@link BodyBlockHandler}). Progress is the share of the part's bytes the parser has consumed, reported
 * after each block.
 */
final class StreamedBody implements BodySource {
    static final StreamedBody INSTANCE = new StreamedBody();

    private StreamedBody() {
    }

    @Override
    public boolean read(PackagePart main, BodyBlocks blocks, DoubleConsumer progress)
            throws IOException, SAXException {
        long size = main.getSize();
        try (CountingInputStream in = new CountingInputStream(main.getInputStream())) {
            BodyBlockHandler handler = new BodyBlockHandler(new BodyBlocks() {
                private double reported;

                @Override
                public void bodyStarted() throws SAXException {
                    blocks.bodyStarted();
                }

                @Override
                public void block(Element child) {
                    blocks.block(child);
                    // a part of unknown size reports only its end
                    double read = size > 0 ? Math.min(1.0, in.count / (double) size) : 0;
                    if (read > reported) {
                        reported = read;
                        progress.accept(read);
                    }
                }
            });
            SecureXml.stream(in, handler);
            if (handler.sawBody()) {
                progress.accept(1.0);
                return true;
            }
            return false;
        }
    }

    /** Counts the bytes read through it. */
    private static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += Math.max(0, skipped);
            return skipped;
        }
    }
}
