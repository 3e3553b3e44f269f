package org.cloudsdk.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Predicate;

import org.cloudsdk.benchmarks.Contender.Role;

/**
 * The results of a run as a Markdown table (work, contender, wall time, ratio to the task's
 * reference, target, pass/miss) and as CSV (every sample).
 *
 * <p>The reference of a task is given by its {@link Target} in the run's {@link Mode}: the
 * reference row (the server's ceiling, or the machine's floor when warm), or the fastest peer of a
 * kind that succeeded. Every row shows its ratio to it; only the SDK's rows carry a target and a
 * verdict.
 */
public final class ResultTable {

    private final List<Measurement> measurements;
    private final Mode mode;

    /**
     * @param measurements every measurement, in run order
     * @param mode how they were timed
     */
    public ResultTable(List<Measurement> measurements, Mode mode) {
        this.measurements = List.copyOf(measurements);
        this.mode = mode;
    }

    /**
     * @param task a task
     * @return its reference time in seconds, if it has one
     */
    public OptionalDouble reference(Task task) {
        return switch (task.target(mode).reference()) {
            case REFERENCE_ROW -> rows(task).stream().filter(m -> m.contender().role() == Role.REFERENCE && m.ok())
                    .mapToDouble(Measurement::seconds).findFirst();
            case BEST_CLI_PEER -> bestPeer(task, c -> !c.javaLibrary());
            case BEST_JAVA_PEER -> bestPeer(task, Contender::javaLibrary);
            case BEST_VERIFYING_PEER -> bestPeer(task, Contender::verifiesTransfers);
            case NONE -> OptionalDouble.empty();
        };
    }

    private OptionalDouble bestPeer(Task task, Predicate<Contender> kind) {
        return rows(task).stream().filter(m -> m.contender().role() == Role.PEER && kind.test(m.contender()) && m.ok())
                .mapToDouble(Measurement::seconds).min();
    }

    private List<Measurement> rows(Task task) {
        return measurements.stream().filter(m -> m.task() == task).toList();
    }

    /**
     * Being ahead needs a lead of more than this fraction: a median a hair below another's is a
     * tie the table shows as equal ({@code 1.24 s} against {@code 1.24 s}), not a win.
     */
    static final double TIE = 0.01;

    /**
     * @param m an SDK measurement
     * @return PASS, MISS, LEVEL (within 1% of what it must be ahead of, short of a bound), or why
     *     there is no verdict
     */
    public String verdict(Measurement m) {
        if (m.status() == Measurement.Status.NOT_APPLICABLE) {
            return "n/a";
        }
        if (!m.ok()) {
            return "MISS (failed)";
        }
        Target target = m.task().target(mode);
        if (target.reference() == Target.Reference.NONE) {
            return "PASS";
        }
        OptionalDouble reference = reference(m.task());
        if (reference.isEmpty()) {
            return "no reference";
        }
        double ratio = m.seconds() / reference.getAsDouble();
        boolean pass = target.withinBound(ratio);
        // "ahead of" (a bound of 1.0 or the Java peers) is a tie within 1%
        boolean level = target.maxRatio() == 1.0 && pass && ratio > 1.0 - TIE;
        if (target.aheadOfJavaPeers()) {
            OptionalDouble best = bestPeer(m.task(), Contender::javaLibrary);
            if (best.isPresent()) {
                double toPeer = m.seconds() / best.getAsDouble();
                level |= pass && toPeer < 1.0 && toPeer > 1.0 - TIE;
                pass &= toPeer < 1.0;
            }
        }
        return !pass ? "MISS" : level ? "LEVEL" : "PASS";
    }

    /** @return the Markdown table */
    public String markdown() {
        StringBuilder table = new StringBuilder("| work | contender | wall time | ratio vs reference | target | result "
                + "| notes |\n|---|---|---:|---:|---|---|---|\n");
        for (Measurement m : measurements) {
            OptionalDouble reference = reference(m.task());
            String time = switch (m.status()) {
                case OK -> seconds(m.seconds()) + (m.samples().size() > 1 ? " (median of " + m.samples().size() + ")"
                        : "");
                case NOT_APPLICABLE -> "n/a";
                case FAILED -> "failed";
            };
            String ratio = m.ok() && reference.isPresent()
                    ? String.format(Locale.ROOT, "%.2f×", m.seconds() / reference.getAsDouble()) : "";
            boolean sdk = m.contender().role() == Role.SDK;
            String name = sdk ? "**" + m.contender().label() + "**"
                    : m.contender().label() + (m.contender().role() == Role.REFERENCE ? " *(reference)*" : "");
            table.append("| ").append(String.join(" | ", m.task().id(), name, time, ratio,
                    sdk ? m.task().target(mode).text() : "", sdk ? verdict(m) : "", m.note().replace("|", "\\|")))
                    .append(" |\n");
        }
        return table.toString();
    }

    /** @return every sample as CSV: task, contender, role, status, run, seconds, note */
    public String csv() {
        List<String> lines = new ArrayList<>(List.of("task,contender,role,status,run,seconds,note"));
        for (Measurement m : measurements) {
            String prefix = m.task().id() + "," + csvText(m.contender().label()) + "," + m.contender().role() + ","
                    + m.status() + ",";
            if (m.samples().isEmpty()) {
                lines.add(prefix + ",," + csvText(m.note()));
            }
            for (int i = 0; i < m.samples().size(); i++) {
                lines.add(prefix + (i + 1) + "," + String.format(Locale.ROOT, "%.3f",
                        m.samples().get(i).toNanos() / 1e9) + "," + csvText(m.note()));
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f s" : "%.1f s", value);
    }

    private static String csvText(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
