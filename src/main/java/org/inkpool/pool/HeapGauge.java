package org.inkpool.pool;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * How full the worker's long-lived heap is: the old generation after its last collection. Young-generation
 * garbage says nothing about a leak, and with a generational collector the old generation fills up long
 * before "used / -Xmx" gets high — so this is the figure that tells a worker to be recycled.
 */
final class HeapGauge {
    private HeapGauge() {
    }

    /** {used, max} in bytes of the old generation (or of the whole heap where no pool qualifies). */
    static long[] oldGeneration() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            // only the tenured/old pool of each collector supports usage thresholds
            if (pool.getType() == MemoryType.HEAP && pool.isUsageThresholdSupported() && pool.isCollectionUsageThresholdSupported()) {
                MemoryUsage now = pool.getUsage();
                MemoryUsage afterGc = pool.getCollectionUsage();
                long used = afterGc != null && afterGc.getUsed() > 0 ? afterGc.getUsed() : now.getUsed();
                long max = now.getMax() > 0 ? now.getMax() : Runtime.getRuntime().maxMemory();
                return new long[]{used, max};
            }
        }
        Runtime rt = Runtime.getRuntime();
        return new long[]{rt.totalMemory() - rt.freeMemory(), rt.maxMemory()};
    }
}
