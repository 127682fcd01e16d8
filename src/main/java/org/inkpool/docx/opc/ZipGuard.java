package org.inkpool.docx.opc;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.inkpool.model.UnreadableDocumentException;
import org.inkpool.model.UnreadableDocumentException.Reason;

import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The limits on what a Word package may expand to. Real documents compress very well (long runs of
 * identical table rows compress 200 times and more), so the guard is the absolute expanded size of each
 * part and of the whole package; the compression ratio is only checked for parts larger than any real
 * document's part. POI enforces the per-part limits while it inflates (ZipSecureFile); the total is checked
 * on the sizes the archive declares before anything is read, and each part's actual size is bounded anyway.
 */
public final class ZipGuard {
    /** Largest expanded part (a document.xml of a 10,000-page document is ~100 MB). */
    static final long MAX_PART_BYTES = 512L << 20;
    /** Largest expanded package, all parts together. */
    static final long MAX_TOTAL_BYTES = 1024L << 20;
    /** The ratio is checked only for parts expanding past this. */
    static final long RATIO_CHECKED_FROM = 128L << 20;
    /** A part over {@link #RATIO_CHECKED_FROM} may expand at most this many times its compressed size. */
    static final int MAX_RATIO = 1000;
    /** Most parts in one package (a document with thousands of pictures stays well below). */
    static final int MAX_PARTS = 20_000;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setGraceEntrySize(RATIO_CHECKED_FROM);
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
    }

    private ZipGuard() {
    }

    /** Sets POI's limits (once per JVM; idempotent). */
    public static void install() {
        // the static initialiser did it
    }

    /** Refuses a package whose declared sizes already pass the limits, before a byte is inflated. */
    public static void checkDeclared(ZipFile zip) throws UnreadableDocumentException {
        if (zip.size() > MAX_PARTS) {
            throw partCount();
        }
        long total = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            long size = e.getSize();
            if (size > MAX_PART_BYTES) {
                throw partTooLarge(e.getName());
            }
            total += Math.max(0, size);
            if (total > MAX_TOTAL_BYTES) {
                throw new UnreadableDocumentException(Reason.TOO_LARGE,
                        "The document expands to more than the total limit of " + mb(MAX_TOTAL_BYTES)
                                + " (a zip bomb, or a document far larger than any real one)");
            }
        }
    }

    /** POI's guard, told in the user's words with the limit that was hit; null when {@code e} is not it. */
    public static UnreadableDocumentException reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("MAX_ENTRY_SIZE")) {
                return partTooLarge(entryName(m), e);
            }
            if (m.contains("MIN_INFLATE_RATIO")) {
                return new UnreadableDocumentException(Reason.TOO_LARGE, "A part of the document (" + entryName(m)
                        + ") expands past " + mb(RATIO_CHECKED_FROM) + " at more than " + MAX_RATIO
                        + " times its compressed size (the ratio limit): a zip bomb", e);
            }
            if (m.contains("MAX_FILE_COUNT")) {
                return partCount();
            }
        }
        return null;
    }

    private static UnreadableDocumentException partCount() {
        return new UnreadableDocumentException(Reason.TOO_LARGE,
                "The document has more than the limit of " + MAX_PARTS + " parts");
    }

    private static UnreadableDocumentException partTooLarge(String name) {
        return partTooLarge(name, null);
    }

    private static UnreadableDocumentException partTooLarge(String name, Throwable cause) {
        return new UnreadableDocumentException(Reason.TOO_LARGE, "A part of the document (" + name
                + ") expands to more than the per-part limit of " + mb(MAX_PART_BYTES), cause);
    }

    private static String entryName(String message) {
        int at = message.lastIndexOf("Entry: ");
        if (at < 0) {
            return "unknown part";
        }
        String name = message.substring(at + 7).trim();
        return name.length() > 80 ? name.substring(0, 80) + "…" : name;
    }

    private static String mb(long bytes) {
        return (bytes >> 20) + " MB";
    }
}
