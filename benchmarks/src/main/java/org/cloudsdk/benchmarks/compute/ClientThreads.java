package org.cloudsdk.benchmarks.compute;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Measures what the client side of a measurement costs in threads, allocation and CPU time while the stub
 * runs in the same JVM: every live thread counts except the stub's ({@link NovaStub#THREAD_PREFIX},
 * Jetty's scheduler) and this meter's own sampler.
 *
 * <p>Allocation is the sum of {@code com.sun.management.ThreadMXBean.getThreadAllocatedBytes}
 * over those threads, after minus before. The JVM reports it for live threads only, so a thread
 * that ended during the measurement would take its allocation with it: the sampler also reads every
 * thread's figure every {@value #SAMPLE_MILLIS} ms and keeps the last one it saw. The libraries
 * measured keep their threads in pools (event loops, the waiter's scheduler, the executor of the
 * blocking waits), so in practice every thread is alive at both ends; {@link Usage#endedThreads()}
 * says how many were not.
 */
public final class ClientThreads implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 20;
    private static final String SAMPLER_NAME = "bench-thread-sampler";

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final Map<Long, Long> before;
    private final Map<Long, Long> latest = new HashMap<>();
    private final Map<Long, Long> cpuBefore;
    private final Map<Long, Long> cpuLatest = new HashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread sampler;
    private final long gcBefore = gcMillis();
    private int peak;

    private ClientThreads() {
        before = allocations();
        cpuBefore = cpuTimes(before);
        synchronized (latest) {
            latest.putAll(before);
            cpuLatest.putAll(cpuBefore);
            peak = before.size();
        }
        sampler = new Thread(this::sample, SAMPLER_NAME);
        sampler.setDaemon(true);
        sampler.start();
    }

    /**
     * Starts measuring.
     *
     * @return the meter; {@link #stop()} it
     */
    public static ClientThreads start() {
        if (!THREADS.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("this JVM does not measure per-thread allocation");
        }
        THREADS.setThreadAllocatedMemoryEnabled(true);
        THREADS.setThreadCpuTimeEnabled(true);
        return new ClientThreads();
    }

    /**
     * Stops measuring.
     *
     * @return what the client threads allocated, how many were alive at the end, and the most alive at once
     */
    public Usage stop() {
        running.set(false);
        sampler.interrupt();
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Map<Long, Long> after = allocations();
        Map<Long, Long> cpuAfter = cpuTimes(after);
        synchronized (latest) {
            latest.putAll(after);
            cpuLatest.putAll(cpuAfter);
            peak = Math.max(peak, after.size());
            long allocated = 0;
            long cpu = 0;
            int ended = 0;
            for (Map.Entry<Long, Long> thread : latest.entrySet()) {
                allocated += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
                cpu += cpuLatest.getOrDefault(thread.getKey(), 0L) - cpuBefore.getOrDefault(thread.getKey(), 0L);
                if (!after.containsKey(thread.getKey())) {
                    ended++;
                }
            }
            return new Usage(allocated, cpu, gcMillis() - gcBefore, after.size(), peak, ended);
        }
    }

    @Override
    public void close() {
        if (running.get()) {
            stop();
        }
    }

    private void sample() {
        while (running.get()) {
            Map<Long, Long> now = allocations();
            Map<Long, Long> cpuNow = cpuTimes(now);
            synchronized (latest) {
                latest.putAll(now);
                cpuLatest.putAll(cpuNow);
                peak = Math.max(peak, now.size());
            }
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** @return the allocated bytes of every counted live thread, by thread id */
    static Map<Long, Long> allocations() {
        long[] ids = THREADS.getAllThreadIds();
        ThreadInfo[] infos = THREADS.getThreadInfo(ids, 0);
        long[] bytes = THREADS.getThreadAllocatedBytes(ids);
        Map<Long, Long> out = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            if (infos[i] != null && bytes[i] >= 0 && counted(infos[i].getThreadName())) {
                out.put(ids[i], bytes[i]);
            }
        }
        return out;
    }

    /** @return the time the JVM's collectors have spent so far, in milliseconds (the whole JVM: stub included) */
    private static long gcMillis() {
        long total = 0;
        for (java.lang.management.GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }

    /** @return the CPU time in nanoseconds of each of these threads, by thread id */
    private static Map<Long, Long> cpuTimes(Map<Long, Long> threads) {
        Map<Long, Long> out = new HashMap<>(threads.size() * 2);
        for (Long id : threads.keySet()) {
            long cpu = THREADS.getThreadCpuTime(id);
            if (cpu >= 0) {
                out.put(id, cpu);
            }
        }
        return out;
    }

    /**
     * @param name a thread's name
     * @return whether it is a client thread (not the stub's, not the sampler)
     */
    static boolean counted(String name) {
        return !name.startsWith(NovaStub.THREAD_PREFIX) && !name.startsWith("Scheduler-")
                && !name.equals(SAMPLER_NAME);
    }

    /** @return the CPU time of the calling thread so far, in nanoseconds */
    static long currentThreadCpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** @return the allocated bytes of the calling thread so far */
    static long currentThreadAllocated() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    /**
     * What the client threads cost during one measurement.
     *
     * @param allocatedBytes bytes allocated by the client threads
     * @param cpuNanos CPU time the client threads used (the JVM's own GC and compiler threads not included)
     * @param gcMillis time the JVM's collectors spent (the whole JVM's, the stub's garbage included)
     * @param liveThreads client threads alive at the end
     * @param peakThreads the most client threads seen alive at once (sampled)
     * @param endedThreads client threads that ended during the measurement
     */
    public record Usage(long allocatedBytes, long cpuNanos, long gcMillis, int liveThreads, int peakThreads, int endedThreads) {
    }
}
