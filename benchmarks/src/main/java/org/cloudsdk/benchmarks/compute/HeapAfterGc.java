package org.cloudsdk.benchmarks.compute;

import java.lang.management.ManagementFactory;

/** The used heap after full collections: what is still reachable, give or take the collector's slack. */
final class HeapAfterGc {

    private HeapAfterGc() {
    }

    /** @return bytes of heap in use after two explicit full collections */
    static long used() {
        for (int i = 0; i < 2; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
