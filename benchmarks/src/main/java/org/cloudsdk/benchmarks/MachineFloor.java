package org.cloudsdk.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cloudsdk.objectstorage.ObjectStorageSettings;

/**
 * The warm mode's reference: what this machine needs for the same work with the fastest tools it
 * has and nothing else, measured in the same run. A token the runner obtained once reaches curl
 * through a header file ({@code -H @file}, mode 600).
 *
 * <ul>
 * <li>resync: one listing of the container by curl, with {@code md5sum} of every file of the folder
 * running beside it (the least a verified re-sync must do: know the remote ETags and the local
 * MD5s);
 * <li>upload: {@code curl -T} of the file with {@code md5sum} of it running beside it;
 * <li>download: {@code curl} into {@code tee} (the file) and {@code md5sum};
 * <li>list: the listing's pages by curl on one connection, stopping at the first short page.
 * </ul>
 */
public final class MachineFloor implements Contender {

    /** The page size of the floor's listings: the SDK's, Swift's default maximum. */
    static final int PAGE = ObjectStorageSettings.MAX_LISTING_PAGE_SIZE;

    private final String storageUrl;
    private final Path tokenHeader;

    /**
     * @param storageUrl the project's object-store URL
     * @param tokenHeader a file holding the {@code X-Auth-Token} header line
     */
    public MachineFloor(String storageUrl, Path tokenHeader) {
        this.storageUrl = storageUrl;
        this.tokenHeader = tokenHeader;
    }

    @Override
    public String id() {
        return "floor";
    }

    @Override
    public String label() {
        return "machine floor (curl + md5sum)";
    }

    @Override
    public Role role() {
        return Role.REFERENCE;
    }

    @Override
    public Plan plan(Task task, Workload w) {
        String header = "@" + tokenHeader;
        return switch (task) {
            case RESYNC -> bash("curl -sS -f -H \"$1\" -o /dev/null \"$2\" & c=$!; "
                    + "find \"$3\" -type f -print0 | xargs -0 md5sum > /dev/null || exit 1; wait $c",
                    header, listingUrl(w.sharedSyncContainer(), null), w.syncFolder().toString());
            case UPLOAD -> bash("curl -sS -f -X PUT -T \"$3\" -H \"$1\" -o /dev/null \"$2\" & c=$!; "
                    + "md5sum \"$3\" > /dev/null || exit 1; wait $c", header,
                    storageUrl + "/" + Workload.UPLOAD_CONTAINER + "/" + w.uploadObject(id()), w.bigFile().toString());
            case DOWNLOAD -> bash("set -o pipefail; curl -sS -f -H \"$1\" \"$2\" | tee \"$3\" | md5sum > /dev/null",
                    header, storageUrl + "/" + Workload.DOWNLOAD_CONTAINER + "/" + Workload.DOWNLOAD_OBJECT,
                    w.downloadTarget(id()).toString());
            case LIST -> Plan.run(Invocation.of(listPages(header, w.listContainer(), w.listObjects())));
            default -> Plan.omit();
        };
    }

    /**
     * @param header curl's header argument
     * @param container the listing container
     * @param objects its objects, named as {@link SwiftFixtures} names them
     * @return one curl fetching every page on one connection: full pages, then the short one
     */
    List<String> listPages(String header, String container, int objects) {
        List<String> command = new ArrayList<>(List.of("curl", "-sS", "-f", "-H", header));
        for (int page = 0; page <= objects / PAGE; page++) {
            command.addAll(List.of("-o", "/dev/null",
                    listingUrl(container, page == 0 ? null : SwiftFixtures.entryName(page * PAGE - 1))));
        }
        return command;
    }

    private String listingUrl(String container, String marker) {
        return storageUrl + "/" + container + "?format=json&limit=" + PAGE + (marker == null ? "" : "&marker=" + marker);
    }

    private static Plan bash(String script, String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", "-c", script, "floor"));
        command.addAll(List.of(arguments));
        return Plan.run(Invocation.of(command));
    }
}
