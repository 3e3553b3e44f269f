package org.cloudsdk.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * A Java entry point of this module ({@link SdkCli}, {@link Openstack4jCli}, {@link JcloudsCli}) run
 * as its own JVM with {@code java -cp <classpath>}, so start-up counts as it does for the CLIs.
 * Every Java contender gets the same heap for a task: {@code -Xmx128m} to upload the big file,
 * {@code -Xmx64m} to download it and to iterate the synthetic listing, the JVM's default otherwise;
 * and, with {@code --jvm cli} ({@link ClassDataSharing}), each starts from its own class-data
 * sharing archive with the C1 compiler only. In the warm mode ({@link #warm}) the process runs the
 * task repeatedly on one client and reports the timed runs itself ({@link CommandLine}).
 */
public final class JavaContender implements Contender {

    private static final String NO_ITERATE = "the synthetic 1,000,000-entry listing checks the SDK's "
            + "constant-memory iterator; peers are compared on the real listing (list)";

    private final String id;
    private final String label;
    private final Role role;
    private final Class<?> mainClass;
    private final String javaLauncher;
    private final String classpath;
    private final Path archive;
    private final WarmLoop warmLoop;

    /**
     * The runs of a warm process.
     *
     * @param warmup the untimed runs of each task
     * @param iterations the timed runs of each task
     */
    public record WarmLoop(ToIntFunction<Task> warmup, ToIntFunction<Task> iterations) {
    }

    /**
     * @param id the id
     * @param label the name in the table
     * @param role its part
     * @param mainClass the entry point
     * @param java the java launcher
     * @param classpath the module's runtime classpath
     */
    public JavaContender(String id, String label, Role role, Class<?> mainClass, String java, String classpath) {
        this(id, label, role, mainClass, java, classpath, null, null);
    }

    private JavaContender(String id, String label, Role role, Class<?> mainClass, String java, String classpath,
            Path archive, WarmLoop warmLoop) {
        this.archive = archive;
        this.warmLoop = warmLoop;
        this.id = id;
        this.label = label;
        this.role = role;
        this.mainClass = mainClass;
        this.javaLauncher = java;
        this.classpath = classpath;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Role role() {
        return role;
    }

    @Override
    public boolean javaLibrary() {
        return true;
    }

    @Override
    public boolean verifiesTransfers() {
        return role == Role.SDK;
    }

    @Override
    public Plan plan(Task task, Workload w) {
        return switch (task) {
            case SYNC -> run(task, "sync", w.syncFolder().toString(), w.syncContainer(id));
            case RESYNC -> run(task, "sync", w.syncFolder().toString(),
                    warmLoop == null ? w.syncContainer(id) : w.sharedSyncContainer());
            case UPLOAD -> run(task, "upload", w.bigFile().toString(), Workload.UPLOAD_CONTAINER,
                    w.uploadObject(id));
            case DOWNLOAD -> run(task, "download", Workload.DOWNLOAD_CONTAINER, Workload.DOWNLOAD_OBJECT,
                    w.downloadTarget(id).toString());
            case LOAD -> run(task, "load", Workload.LOAD_CONTAINER, Integer.toString(w.loadThreads()),
                    Integer.toString(w.loadCalls()));
            case LIST -> run(task, "list", w.listContainer());
            case ITERATE -> role == Role.SDK ? run(task, "iterate-wiremock", Integer.toString(w.iterateEntries()))
                    : Plan.notApplicable(NO_ITERATE);
        };
    }

    private Plan run(Task task, String... arguments) {
        List<String> jvm = new ArrayList<>();
        heap(task).ifPresent(jvm::add);
        if (archive != null) {
            jvm.addAll(ClassDataSharing.cliOptions(archive, task));
        }
        if (warmLoop != null) {
            jvm.add("-D" + CommandLine.WARMUP_PROPERTY + "=" + warmLoop.warmup().applyAsInt(task));
            jvm.add("-D" + CommandLine.ITERATIONS_PROPERTY + "=" + warmLoop.iterations().applyAsInt(task));
        }
        return Plan.run(command(jvm, arguments));
    }

    /**
     * @param jvmOptions options for the JVM
     * @param arguments the entry point's arguments
     * @return the process that runs the entry point
     */
    Invocation command(List<String> jvmOptions, String... arguments) {
        List<String> command = new ArrayList<>(List.of(javaLauncher));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, mainClass.getName()));
        command.addAll(List.of(arguments));
        return Invocation.of(command);
    }

    /**
     * @param sharedArchive a class-data sharing archive made by a training run of this contender
     * @return this contender, started as a command-line tool would ship it: from that archive,
     *     with the C1 compiler only
     */
    JavaContender withArchive(Path sharedArchive) {
        return new JavaContender(id, label, role, mainClass, javaLauncher, classpath, sharedArchive, warmLoop);
    }

    /**
     * @param loop the runs of each task
     * @return this contender, run warm: one process per task repeats it on one client
     */
    JavaContender warm(WarmLoop loop) {
        return new JavaContender(id, label, role, mainClass, javaLauncher, classpath, archive, loop);
    }

    /** @return the archive this contender starts from, if any */
    Optional<Path> archive() {
        return Optional.ofNullable(archive);
    }

    /**
     * @param task a task
     * @return the heap limit of every Java contender for it, if any
     */
    public static Optional<String> heap(Task task) {
        return switch (task) {
            case UPLOAD -> Optional.of("-Xmx128m");
            case DOWNLOAD, ITERATE -> Optional.of("-Xmx64m");
            default -> Optional.empty();
        };
    }
}
