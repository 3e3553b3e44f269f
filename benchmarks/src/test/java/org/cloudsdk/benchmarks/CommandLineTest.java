package org.cloudsdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private final PrintStream stdout = System.out;

    @AfterEach
    void restore() {
        System.setOut(stdout);
        System.clearProperty(CommandLine.WARMUP_PROPERTY);
        System.clearProperty(CommandLine.ITERATIONS_PROPERTY);
    }

    /** The client of the test: counts how often it is opened and closed. */
    private static final class Client implements AutoCloseable {
        static final AtomicInteger OPENED = new AtomicInteger();
        final List<String> events = new ArrayList<>();
        boolean closed;

        Client() {
            OPENED.incrementAndGet();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private String run(CommandLine<Client> commandLine, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code = commandLine.run(args);
        System.setOut(stdout);
        return code + "\n" + out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aWarmProcessRepeatsTheTaskOnOneClientAndReportsOnlyTheTimedRuns() {
        System.setProperty(CommandLine.WARMUP_PROPERTY, "2");
        System.setProperty(CommandLine.ITERATIONS_PROPERTY, "3");
        List<Client> clients = new ArrayList<>();
        CommandLine<Client> commandLine = new CommandLine<>("Test", () -> {
            Client client = new Client();
            clients.add(client);
            return client;
        }).on("list", List.of("container"), (client, a) -> {
            client.events.add("run " + a.get(0));
            return CommandLine.EXIT_OK;
        }, a -> clients.get(0).events.add("reset"));

        String output = run(commandLine, "list", "c");

        assertThat(clients).hasSize(1);
        assertThat(clients.get(0).events).containsExactly("reset", "run c", "reset", "run c", "reset", "run c",
                "reset", "run c", "reset", "run c");
        assertThat(clients.get(0).closed).isTrue();
        assertThat(output).startsWith("0\n").containsPattern("WARM seconds=\\d+\\.\\d{6},\\d+\\.\\d{6},\\d+\\.\\d{6}\n");
    }

    @Test
    void aPlainProcessRunsOnceAndAFailedRunEndsTheLoop() {
        AtomicInteger runs = new AtomicInteger();
        CommandLine<Client> once = new CommandLine<>("Test", Client::new).on("x", List.of(), (client, a) -> {
            runs.incrementAndGet();
            return CommandLine.EXIT_OK;
        });
        assertThat(run(once)).startsWith("2\n");
        assertThat(run(once, "x")).isEqualTo("0\n");
        assertThat(runs).hasValue(1);

        System.setProperty(CommandLine.ITERATIONS_PROPERTY, "5");
        CommandLine<Client> failing = new CommandLine<>("Test", Client::new).on("x", List.of(), (client, a) -> {
            runs.incrementAndGet();
            throw new IllegalStateException("refused");
        });
        assertThat(run(failing, "x")).startsWith("1\n").contains("FAILED IllegalStateException: refused")
                .doesNotContain("WARM");
        assertThat(runs).hasValue(2);

        System.setProperty(CommandLine.ITERATIONS_PROPERTY, "zero");
        assertThat(run(once, "x")).startsWith("2\n");
    }
}
