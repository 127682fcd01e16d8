package org.inkpool.pdf;

import java.util.ArrayList;
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

    void released(LoadedFont font) {
        if (limitBytes == Long.MAX_VALUE) {
            return;
        }
        synchronized (this) {
            recent.remove(font);
            recent.add(font);
            long total = 0;
            for (LoadedFont f : recent) {
                total += f.idleBytes();
            }
            List<LoadedFont> oldestFirst = new ArrayList<>(recent);
            for (LoadedFont f : oldestFirst) {
                if (total <= limitBytes || f == font) {
                    break;
                }
                total -= f.closeIdle();
                recent.remove(f);
            }
        }
    }
}
