package org.inkpool.docx.body;

import org.inkpool.docx.opc.SecureXml;
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
 * after each block and each row of a top-level table.
 */
public final class StreamedBody implements BodySource {
    public static final StreamedBody INSTANCE = new StreamedBody();

    private StreamedBody() {
    }

    @Override
    public boolean read(PackagePart main, BodyBlocks blocks, DoubleConsumer progress)
            throws IOException, SAXException {
        try (CountingInputStream in = new CountingInputStream(main.getInputStream())) {
            ReportingBlocks reporting = new ReportingBlocks(blocks, in, main.getSize(), progress);
            BodyBlockHandler handler = new BodyBlockHandler(reporting);
            SecureXml.stream(in, handler);
            if (handler.sawBody()) {
                reporting.report(1.0);
                return true;
            }
            return false;
        }
    }

    /** Passes blocks on, then reports the share of the part read so far, never going back. */
    private static final class ReportingBlocks implements BodyBlocks {
        private final BodyBlocks blocks;
        private final CountingInputStream in;
        /** The part's uncompressed size; 0 or less when unknown, and then only the end is reported. */
        private final long size;
        private final DoubleConsumer progress;
        private double reported;

        ReportingBlocks(BodyBlocks blocks, CountingInputStream in, long size, DoubleConsumer progress) {
            this.blocks = blocks;
            this.in = in;
            this.size = size;
            this.progress = progress;
        }

        @Override
        public void bodyStarted() throws SAXException {
            blocks.bodyStarted();
        }

        @Override
        public void background(String color) {
            blocks.background(color);
        }

        @Override
        public void block(Element child) {
            blocks.block(child);
            reportPosition();
        }

        @Override
        public void tableContent(Element tbl, Element child) {
            blocks.tableContent(tbl, child);
            reportPosition(); // a long table moves the bar as its rows are read
        }

        private void reportPosition() {
            if (size > 0) {
                // the parser reads ahead by a buffer, so the share can reach 1 before the last block
                report(Math.min(1.0, in.count / (double) size));
            }
        }

        void report(double fraction) {
            if (fraction > reported) {
                reported = fraction;
                progress.accept(fraction);
            }
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
