package org.cloudsdk.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The object-storage work every Java contender's entry point does, each with its own library: the
 * same five subcommands, with the same arguments, so that the runner starts them all alike.
 */
public interface StorageCli extends AutoCloseable {

    /**
     * @param folder the local folder
     * @param container the container it is synced to
     * @return the exit code
     * @throws Exception any failure
     */
    int sync(Path folder, String container) throws Exception;

    /**
     * @param file the file
     * @param container the container
     * @param object the object's name
     * @return the exit code
     * @throws Exception any failure
     */
    int upload(Path file, String container, String object) throws Exception;

    /**
     * @param container the container
     * @param object the object's name
     * @param file the file written
     * @return the exit code
     * @throws Exception any failure
     */
    int download(String container, String object, Path file) throws Exception;

    /**
     * @param container the container of the objects read
     * @param threads how many threads share the client
     * @param calls how many calls in all
     * @return the exit code
     * @throws Exception any failure
     */
    int load(String container, int threads, int calls) throws Exception;

    /**
     * @param container the container listed, every page
     * @return the exit code
     * @throws Exception any failure
     */
    int list(String container) throws Exception;

    /**
     * @param <C> the contender's entry point
     * @param program its name, for the usage text
     * @param opener opens its client, once per process
     * @return a command line with the five subcommands
     */
    static <C extends StorageCli> CommandLine<C> commandLine(String program, CommandLine.Opener<C> opener) {
        return new CommandLine<>(program, opener)
                .on("sync", List.of("folder", "container"), (cli, a) -> cli.sync(Path.of(a.get(0)), a.get(1)))
                .on("upload", List.of("file", "container", "object"),
                        (cli, a) -> cli.upload(Path.of(a.get(0)), a.get(1), a.get(2)))
                .on("download", List.of("container", "object", "file"),
                        (cli, a) -> cli.download(a.get(0), a.get(1), Path.of(a.get(2))),
                        a -> Files.deleteIfExists(Path.of(a.get(2))))
                .on("load", List.of("container", "threads", "calls"), (cli, a) -> cli.load(a.get(0),
                        CommandLine.positive(a.get(1), "threads"), CommandLine.positive(a.get(2), "calls")))
                .on("list", List.of("container"), (cli, a) -> cli.list(a.get(0)));
    }
}
