package org.cloudsdk.benchmarks.compute;

import java.lang.management.ManagementFactory;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one run and their Markdown tables.
 */
public final class ComputeReport {

    /**
     * One library's listing figures.
     *
     * @param library the library
     * @param paging how it gets every page
     * @param seconds time per listing
     * @param allocated bytes allocated per listing by the client threads
     * @param cpu CPU seconds of the client threads per listing
     * @param gc seconds the JVM's collectors spent per listing
     * @param requests requests per listing
     * @param retainedBytes heap the last listing's result holds (used heap after a full GC with it, minus without)
     * @param liveThreads client threads alive after the last listing
     * @param peakThreads the most client threads alive at once during the timed listings
     * @param listed servers listed by the last listing
     */
    public record Listing(String library, String paging, Samples seconds, Samples allocated, Samples cpu, Samples gc,
            Samples requests, long retainedBytes, int liveThreads, int peakThreads, int listed) {
    }

    /**
     * One library's wait figures.
     *
     * @param library the library
     * @param how how it waits
     * @param seconds wall time until every server is ACTIVE
     * @param requests requests sent during the waits
     * @param allocated bytes allocated by the client threads during the waits
     * @param cpu CPU seconds of the client threads during the waits
     * @param gc seconds the JVM's collectors spent during the waits
     * @param peakThreads the most client threads alive at once during the timed waits
     * @param active servers that ended ACTIVE in the last iteration
     */
    public record Waits(String library, String how, Samples seconds, Samples requests, Samples allocated, Samples cpu,
            Samples gc, int peakThreads, int active) {
    }

    /**
     * One reader's JSON figures.
     *
     * @param reader the reader
     * @param recordsPerSecond records read per second of wall time
     * @param recordsPerCpuSecond records read per second of the reading thread's CPU time
     * @param bytesPerRecord bytes allocated per record
     */
    public record JsonReading(String reader, Samples recordsPerSecond, Samples recordsPerCpuSecond,
            Samples bytesPerRecord) {
    }

    private final ComputeOptions options;
    private final List<Listing> listings = new ArrayList<>();
    private final List<Waits> waits = new ArrayList<>();
    private final List<JsonReading> json = new ArrayList<>();
    private long slowestDelayMillis;
    private int pageBytes;
    private int pageRecords;

    /** @param options the run's options */
    public ComputeReport(ComputeOptions options) {
        this.options = options;
    }

    /** @return the listing figures, in run order */
    public List<Listing> listings() {
        return List.copyOf(listings);
    }

    /** @return the wait figures, in run order */
    public List<Waits> waits() {
        return List.copyOf(waits);
    }

    /** @return the JSON figures, in run order */
    public List<JsonReading> json() {
        return List.copyOf(json);
    }

    void add(Listing listing) {
        listings.add(listing);
    }

    void add(Waits wait, long slowestDelay) {
        waits.add(wait);
        slowestDelayMillis = slowestDelay;
    }

    void add(JsonReading reading, int bytes, int records) {
        json.add(reading);
        pageBytes = bytes;
        pageRecords = records;
    }

    /**
     * @param command the command line that made the run, for the header
     * @return the report as Markdown
     */
    public String markdown(String command) {
        StringBuilder out = new StringBuilder();
        out.append("## Compute hot paths, in-process (issue 16, target 6)\n\n");
        out.append("- run: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT)))
                .append(", `").append(command).append("`\n");
        out.append("- JVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append(", flags `")
                .append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()))
                .append("`, ").append(Runtime.getRuntime().availableProcessors()).append(" cores\n");
        out.append(String.format(Locale.ROOT, "- %d untimed warm-up iteration(s), then %d timed, per library; "
                + "median (min – max) of the timed ones%n", options.warmup(), options.iterations()));
        if (!listings.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%n### Listing %,d servers with details (`/servers/detail`, Nova "
                    + "pages of at most %,d)%n%n", options.servers(), options.maxLimit()));
            out.append("| library | how it gets every page | time | client CPU | GC | allocated per listing | result"
                    + " retained | requests | client threads live / peak |\n|---|---|---|---|---|---|---|---|---|\n");
            for (Listing l : listings) {
                out.append("| ").append(l.library()).append(" | ").append(l.paging()).append(" | ")
                        .append(l.seconds().describe("%.3f s")).append(" | ")
                        .append(String.format(Locale.ROOT, "%.3f s", l.cpu().median())).append(" | ")
                        .append(String.format(Locale.ROOT, "%.3f s", l.gc().median())).append(" | ")
                        .append(Samples.bytes(l.allocated().median())).append(" | ")
                        .append(Samples.bytes(l.retainedBytes())).append(" | ")
                        .append(String.format(Locale.ROOT, "%.0f", l.requests().median())).append(" | ")
                        .append(l.liveThreads()).append(" / ").append(l.peakThreads()).append(" |\n");
            }
        }
        if (!waits.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%n### %,d concurrent waits for ACTIVE (each server ACTIVE %s after "
                    + "its first poll; the last at %.2f s, the floor; a poll every %d s)%n%n", options.waits(),
                    options.activeAfter(), slowestDelayMillis / 1000.0, ComputeContender.POLL_INTERVAL.toSeconds()));
            out.append("| library | how it waits | wall time until all ACTIVE | requests | client CPU | GC | allocated |"
                    + " client threads peak |\n|---|---|---|---|---|---|---|---|\n");
            for (Waits w : waits) {
                out.append("| ").append(w.library()).append(" | ").append(w.how()).append(" | ")
                        .append(w.seconds().describe("%.2f s")).append(" | ")
                        .append(String.format(Locale.ROOT, "%.0f", w.requests().median())).append(" | ")
                        .append(String.format(Locale.ROOT, "%.2f s", w.cpu().median())).append(" | ")
                        .append(String.format(Locale.ROOT, "%.2f s", w.gc().median())).append(" | ")
                        .append(Samples.bytes(w.allocated().median())).append(" | ").append(w.peakThreads())
                        .append(" |\n");
            }
        }
        if (!json.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%n### JSON model reading (the same page of %,d servers, %s, %.2f "
                    + "KiB a server, read %d times an iteration)%n%n", pageRecords, Samples.bytes(pageBytes),
                    pageBytes / 1024.0 / Math.max(1, pageRecords), ComputeBenchmark.JSON_PAGES_PER_ITERATION));
            out.append("| reader | records / s | records / CPU s | allocated per record |\n|---|---|---|---|\n");
            for (JsonReading j : json) {
                out.append("| ").append(j.reader()).append(" | ").append(j.recordsPerSecond().describe("%,.0f"))
                        .append(" | ").append(String.format(Locale.ROOT, "%,.0f", j.recordsPerCpuSecond().median()))
                        .append(" | ").append(Samples.bytes(j.bytesPerRecord().median())).append(" |\n");
            }
        }
        return out.toString();
    }
}
