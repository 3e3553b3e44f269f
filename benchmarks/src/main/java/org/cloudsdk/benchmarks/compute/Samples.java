package org.cloudsdk.benchmarks.compute;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The timed iterations' figures of one quantity: median, min and max.
 */
public final class Samples {

    private final List<Double> values = new ArrayList<>();

    /** @param value one iteration's figure */
    public void add(double value) {
        values.add(value);
    }

    /** @return how many */
    public int size() {
        return values.size();
    }

    /** @return the median (the mean of the two middle values for an even count) */
    public double median() {
        List<Double> sorted = sorted();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** @return the smallest */
    public double min() {
        return sorted().get(0);
    }

    /** @return the largest */
    public double max() {
        List<Double> sorted = sorted();
        return sorted.get(sorted.size() - 1);
    }

    private List<Double> sorted() {
        if (values.isEmpty()) {
            throw new IllegalStateException("no samples");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted;
    }

    /**
     * @param format a format for one value, such as {@code %.3f s}
     * @return {@code median (min-max)}
     */
    public String describe(String format) {
        return String.format(Locale.ROOT, format, median()) + " (" + String.format(Locale.ROOT, format, min()) + " – "
                + String.format(Locale.ROOT, format, max()) + ")";
    }

    /**
     * @param bytes a number of bytes
     * @return it in MiB or KiB
     */
    public static String bytes(double bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024 * 1024));
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024);
        }
        return String.format(Locale.ROOT, "%.0f B", bytes);
    }
}
