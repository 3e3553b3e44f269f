package org.cloudsdk.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * The {@code swift} CLI of python3-swiftclient, with the demo account's openrc variables. It
 * syncs with {@code swift upload --changed <container> .} run inside the folder (a HEAD per object
 * decides what to send), uploads the big file as one object (no segmenting: the ordinary command)
 * and lists with {@code swift list}, one name per line.
 */
public final class SwiftCliContender implements Contender {

    private static final String SWIFT = "/usr/bin/swift";

    private final Map<String, String> environment;

    /** @param environment the openrc variables */
    public SwiftCliContender(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public String id() {
        return "swift";
    }

    @Override
    public String label() {
        return "swift CLI (python-swiftclient)";
    }

    @Override
    public Role role() {
        return Role.PEER;
    }

    @Override
    public boolean verifiesTransfers() {
        return true;
    }

    @Override
    public Plan plan(Task task, Workload w) {
        return switch (task) {
            case SYNC, RESYNC -> Plan.run(new Invocation(List.of(SWIFT, "upload", "--changed", w.syncContainer(id()),
                    "."), environment, w.syncFolder(), false));
            case UPLOAD -> run(List.of(SWIFT, "upload", Workload.UPLOAD_CONTAINER, w.bigFile().toString(),
                    "--object-name", w.uploadObject(id())), false);
            case DOWNLOAD -> run(List.of(SWIFT, "download", Workload.DOWNLOAD_CONTAINER, Workload.DOWNLOAD_OBJECT,
                    "-o", w.downloadTarget(id()).toString()), false);
            case LIST -> run(List.of(SWIFT, "list", w.listContainer()), true);
            case LOAD -> Plan.notApplicable("a CLI runs one process per call; the task is 64 threads on one context");
            case ITERATE -> Plan.notApplicable("needs a keystone + Swift stub for the CLI; peers are compared on list");
        };
    }

    private Plan run(List<String> command, boolean countsOnStdout) {
        return Plan.run(new Invocation(command, environment, null, countsOnStdout));
    }
}
