package org.cloudsdk.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One process to time: its command, extra environment, working directory, and how its result is
 * read.
 *
 * @param command the program and its arguments
 * @param environment variables added to the runner's environment
 * @param directory the working directory, or null for the runner's
 * @param countsOnStdout true when the process prints one line per listed object (the CLIs' list)
 *     rather than a RESULT line
 */
public record Invocation(List<String> command, Map<String, String> environment, Path directory,
        boolean countsOnStdout) {

    /** Copies the collections. */
    public Invocation {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }

    /**
     * @param command the program and its arguments
     * @return an invocation with nothing else
     */
    public static Invocation of(List<String> command) {
        return new Invocation(command, Map.of(), null, false);
    }
}
