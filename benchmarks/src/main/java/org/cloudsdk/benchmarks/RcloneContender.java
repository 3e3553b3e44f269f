package org.cloudsdk.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * rclone with the local cloud's generated configuration (remote {@code local}). Two contenders
 * share this class: the peer, which syncs with plain {@code rclone sync} (its defaults: 4
 * transfers, a HEAD per object to compare), and the PUT-only ceiling of the sync task,
 * {@code rclone copy --no-check-dest --transfers 16}, which checks nothing and only PUTs.
 */
public final class RcloneContender implements Contender {

    private static final String RCLONE = "rclone";

    private final Path config;
    private final boolean ceiling;

    private RcloneContender(Path config, boolean ceiling) {
        this.config = config;
        this.ceiling = ceiling;
    }

    /**
     * @param config the rclone.conf
     * @return the peer
     */
    public static RcloneContender peer(Path config) {
        return new RcloneContender(config, false);
    }

    /**
     * @param config the rclone.conf
     * @return the sync task's PUT-only ceiling
     */
    public static RcloneContender putCeiling(Path config) {
        return new RcloneContender(config, true);
    }

    @Override
    public String id() {
        return ceiling ? "ceiling" : "rclone";
    }

    @Override
    public String label() {
        return ceiling ? "PUT-only ceiling (rclone copy --no-check-dest --transfers 16)" : "rclone";
    }

    @Override
    public Role role() {
        return ceiling ? Role.REFERENCE : Role.PEER;
    }

    @Override
    public boolean verifiesTransfers() {
        return true;
    }

    @Override
    public Plan plan(Task task, Workload w) {
        if (ceiling) {
            return task == Task.SYNC ? run(false, "copy", "--no-check-dest", "--transfers", "16",
                    w.syncFolder().toString(), remote(w.syncContainer(id()))) : Plan.omit();
        }
        return switch (task) {
            case SYNC, RESYNC -> run(false, "sync", w.syncFolder().toString(), remote(w.syncContainer(id())));
            case UPLOAD -> run(false, "copyto", w.bigFile().toString(),
                    remote(Workload.UPLOAD_CONTAINER + "/" + w.uploadObject(id())));
            case DOWNLOAD -> run(false, "copyto", remote(Workload.DOWNLOAD_CONTAINER + "/" + Workload.DOWNLOAD_OBJECT),
                    w.downloadTarget(id()).toString());
            case LIST -> run(true, "lsf", remote(w.listContainer()));
            case LOAD -> Plan.notApplicable("a CLI runs one process per call; the task is 64 threads on one context");
            case ITERATE -> Plan.notApplicable("needs a keystone + Swift stub for rclone; peers are compared on list");
        };
    }

    private static String remote(String path) {
        return "local:" + path;
    }

    private Plan run(boolean countsOnStdout, String... arguments) {
        List<String> command = new ArrayList<>(List.of(RCLONE, "--config", config.toString()));
        command.addAll(List.of(arguments));
        return Plan.run(new Invocation(command, java.util.Map.of(), null, countsOnStdout));
    }
}
