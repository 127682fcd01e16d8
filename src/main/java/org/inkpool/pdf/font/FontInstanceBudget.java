package org.inkpool.pdf.font;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Keeps the parsed font instances waiting in the pools of all {@link LoadedFont}s under a heap budget: when
 * a release pushes the total over it, the least recently used fonts close their idle instances. A worker
 * that meets many fonts over hundreds of documents so stays bounded, while the fonts of the current
 * documents stay parsed.
 */
final class FontInstanceBudget {

    /** No limit: for fonts that live only as long as one document (its embedded fonts). */
    static final FontInstanceBudget UNLIMITED = new FontInstanceBudget(Long.MAX_VALUE);

    private final long limitBytes;
    /** Fonts with idle instances, least recently released first. */
    private final LinkedHashSet<LoadedFont> recent = new LinkedHashSet<>();

    FontInstanceBudget(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    /**
     * Applies the budget after {@code font} was loaded: its first instance, parsed to copy out what measuring
     * needs, is now idle. A face larger than the whole budget is closed at once, so that a document that only
     * measures with it (a bundled CJK face asked for a character it lacks) does not keep it parsed; it is
     * parsed again if the document paints with it. Otherwise the budget applies as after a release.
     */
    void loaded(LoadedFont font) {
        if (limitBytes == Long.MAX_VALUE) {
            return;
        }
        if (font.idleBytes() > limitBytes) {
            font.closeIdle();
            return;
        }
        released(List.of(font));
    }

    /**
     * Applies the budget after {@code together} (the fonts one document has just given back) became idle:
     * the least recently used other fonts close their idle instances until those others fit in it. The fonts
     * of the document just written are neither closed nor counted: the next document is most likely alike
     * (a folder of Chinese letters), and re-parsing its 45 MB CJK face for each document cost such a folder
     * up to a quarter more CPU; counted, that face pushed every Latin face out after each Chinese document,
     * to be parsed again by the next (Carlito 15 times over the corpus). A later document without them
     * frees them.
     */
    void released(Collection<LoadedFont> together) {
        if (limitBytes == Long.MAX_VALUE) {
            return;
        }
        synchronized (this) {
            for (LoadedFont font : together) {
                recent.remove(font);
                recent.add(font);
            }
            long others = 0;
            for (LoadedFont f : recent) {
                if (!together.contains(f)) {
                    others += f.idleBytes();
                }
            }
            for (LoadedFont f : new ArrayList<>(recent)) {
                if (others <= limitBytes) {
                    break;
                }
                if (!together.contains(f)) {
                    others -= f.closeIdle();
                    recent.remove(f);
                }
            }
        }
    }
}
