package org.cloudsdk.benchmarks.compute;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The options of {@code benchmarks/run.sh compute}:
 * <pre>
 *   --servers N         servers in the listing (5000)
 *   --waits N           concurrent waits (1000)
 *   --iterations N      timed iterations of each measurement and library (3)
 *   --warmup N          untimed iterations before them (2)
 *   --only LIST         some of list,waits,json (all)
 *   --max-limit N       the stub's largest page, Nova's max_limit (1000)
 *   --active-after A-B  when a waited server becomes ACTIVE, in ms after its first poll (2000-6000)
 *   --seed N            the seed of those delays (16)
 *   --results DIR       where the Markdown report goes (benchmarks/results)
 * </pre>
 *
 * @param servers servers in the listing
 * @param waits concurrent waits
 * @param iterations timed iterations
 * @param warmup untimed iterations first
 * @param measurements what to measure
 * @param maxLimit the stub's largest page
 * @param activeAfter when waited servers become ACTIVE
 * @param seed the seed of the delays
 * @param results the report's directory
 */
public record ComputeOptions(int servers, int waits, int iterations, int warmup, Set<Measure> measurements,
        int maxLimit, DelayRange activeAfter, long seed, Path results) {

    /** What can be measured. */
    public enum Measure {
        /** Listing every server with details. */
        LIST,
        /** Concurrent waits for ACTIVE. */
        WAITS,
        /** JSON model reading throughput. */
        JSON
    }

    /** Copies the set. */
    public ComputeOptions {
        measurements = Set.copyOf(measurements);
    }

    /** The usage text. */
    public static final String USAGE = """
            usage: benchmarks/run.sh compute [--servers N] [--waits N] [--iterations N] [--warmup N]
                   [--only list,waits,json] [--max-limit N] [--active-after MIN-MAX] [--seed N] [--results DIR]""";

    /**
     * @param args the command line
     * @return the options
     * @throws IllegalArgumentException naming the option when one is unknown, lacks its value or
     *     has a value out of range
     */
    public static ComputeOptions parse(String... args) {
        int servers = 5000;
        int waits = 1000;
        int iterations = 3;
        int warmup = 2;
        Set<Measure> measurements = EnumSet.allOf(Measure.class);
        int maxLimit = NovaStub.NOVA_MAX_LIMIT;
        DelayRange activeAfter = new DelayRange(2000, 6000);
        long seed = 16;
        Path results = Path.of("benchmarks", "results");
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (!option.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + option + "'; options start with --");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--servers" -> servers = whole(option, value, 1, 1_000_000);
                case "--waits" -> waits = whole(option, value, 1, 10_000);
                case "--iterations" -> iterations = whole(option, value, 1, 100);
                case "--warmup" -> warmup = whole(option, value, 0, 100);
                case "--only" -> measurements = measures(value);
                case "--max-limit" -> maxLimit = whole(option, value, 1, 100_000);
                case "--active-after" -> activeAfter = delays(value);
                case "--seed" -> seed = whole(option, value, 0, Integer.MAX_VALUE);
                case "--results" -> {
                    if (value.isBlank()) {
                        throw new IllegalArgumentException("--results must name a directory");
                    }
                    results = Path.of(value);
                }
                default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
            }
        }
        return new ComputeOptions(servers, waits, iterations, warmup, measurements, maxLimit, activeAfter, seed,
                results);
    }

    private static int whole(String option, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        throw new IllegalArgumentException(option + " must be a whole number from " + min + " to " + max + ", was '"
                + value + "'");
    }

    private static Set<Measure> measures(String value) {
        Set<Measure> out = EnumSet.noneOf(Measure.class);
        for (String name : value.split(",")) {
            String trimmed = name.trim();
            try {
                out.add(Measure.valueOf(trimmed.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--only: unknown measurement '" + trimmed
                        + "' (expected some of list, waits, json)");
            }
        }
        return out;
    }

    private static DelayRange delays(String value) {
        String[] bounds = value.split("-");
        try {
            if (bounds.length == 2) {
                return new DelayRange(Long.parseLong(bounds[0].trim()), Long.parseLong(bounds[1].trim()));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException("--active-after must be MIN-MAX milliseconds with 0 <= MIN <= MAX, such as"
                + " 2000-6000, was '" + value + "'");
    }
}
