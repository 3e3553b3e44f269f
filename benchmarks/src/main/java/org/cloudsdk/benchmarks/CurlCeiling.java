package org.cloudsdk.benchmarks;

import java.nio.file.Path;
import java.util.List;

/**
 * The reference of the big-file tasks: one raw {@code curl -T} PUT and one raw {@code curl} GET of
 * the same object, with a token obtained once by the runner. The token reaches curl through a
 * header file ({@code -H @file}, mode 600), never on a command line other users can read.
 */
public final class CurlCeiling implements Contender {

    private final String storageUrl;
    private final Path tokenHeader;

    /**
     * @param storageUrl the project's object-store URL
     * @param tokenHeader a file holding the {@code X-Auth-Token} header line
     */
    public CurlCeiling(String storageUrl, Path tokenHeader) {
        this.storageUrl = storageUrl;
        this.tokenHeader = tokenHeader;
    }

    @Override
    public String id() {
        return "curl";
    }

    @Override
    public String label() {
        return "raw curl (one request)";
    }

    @Override
    public Role role() {
        return Role.REFERENCE;
    }

    @Override
    public Plan plan(Task task, Workload w) {
        return switch (task) {
            case UPLOAD -> Plan.run(Invocation.of(List.of("curl", "-sS", "-f", "-X", "PUT", "-T",
                    w.bigFile().toString(), "-H", "@" + tokenHeader, "-o", "/dev/null",
                    storageUrl + "/" + Workload.UPLOAD_CONTAINER + "/" + w.uploadObject(id()))));
            case DOWNLOAD -> Plan.run(Invocation.of(List.of("curl", "-sS", "-f", "-H", "@" + tokenHeader, "-o",
                    w.downloadTarget(id()).toString(),
                    storageUrl + "/" + Workload.DOWNLOAD_CONTAINER + "/" + Workload.DOWNLOAD_OBJECT)));
            default -> Plan.omit();
        };
    }
}
