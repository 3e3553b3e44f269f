package org.cloudsdk.objectstorage;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cloudsdk.errors.ForbiddenException;
import org.cloudsdk.errors.NoSuchContainerException;
import org.cloudsdk.objectstorage.SyncEvent.Action;
import org.cloudsdk.util.Checksums;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.util.UriUtils;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * pyrax's sync_folder_to_container at the request level: one paged listing with the prefix, a HEAD
 * only for an object whose listing cannot tell its MD5, only the needed PUTs, one bulk delete.
 */
class FolderSyncRequestsTest {

    private static final SwiftStub swift = new SwiftStub();
    private static final String PATH = SwiftStub.ACCOUNT + "/c";
    private static final String LISTING = PATH + "?format=json&prefix=pre%2F&limit=3";
    private static final String PAST = "2020-01-01T00:00:00.000000";
    private static final String FUTURE = "2100-01-01T00:00:00.000000";

    @TempDir
    Path folder;

    private final List<SyncEvent> events = Collections.synchronizedList(new ArrayList<>());
    private final SyncListener listener = new SyncListener() {
        @Override
        public void fileSynced(SyncEvent event) {
            events.add(event);
        }
    };

    @BeforeEach
    void setUp() throws IOException {
        swift.server.resetAll();
        local("same.txt", "same");
        local("changed.txt", "changed!");
        local("new.txt", "new");
        local("older.txt", "older");
        local("sub/seg.bin", "segmented content");
        local(".hidden", "h");
        local("debug.log", "ignored");
        // three pages of three entries, then an empty one: the listing follows the markers
        page(null, entry("same.txt", Checksums.md5("same"), 4, PAST), entry("changed.txt", Checksums.md5("old"), 3,
                PAST), entry("older.txt", Checksums.md5("OLDER"), 5, FUTURE));
        page("pre/older.txt", entry("sub/seg.bin", "9b2cf535f27731c974343645a3985328-2", 17, PAST),
                entry("gone.txt", Checksums.md5("gone"), 4, PAST), entry("keep.log", Checksums.md5("k"), 1, PAST));
        page("pre/keep.log", entry(".hidden-remote", Checksums.md5("x"), 1, PAST), entry("dir/", Checksums.md5(""),
                0, PAST), entry("sub/gone2.txt", Checksums.md5("g"), 1, PAST));
        page("pre/sub/gone2.txt");
        swift.server.stubFor(head(urlEqualTo(PATH + "/" + encoded("pre/sub/seg.bin"))).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Length", "17").withHeader("X-Static-Large-Object", "True")
                .withHeader("ETag", "\"9b2cf535f27731c974343645a3985328\"")
                .withHeader("X-Object-Meta-Cloudsdk-Md5", Checksums.md5("segmented content"))));
        swift.server.stubFor(post(urlEqualTo(SwiftStub.ACCOUNT + "/?bulk-delete")).willReturn(aResponse().withBody(
                "{\"Number Not Found\": 0, \"Response Status\": \"200 OK\", \"Errors\": [], \"Number Deleted\": 2}")));
    }

    @AfterAll
    static void stop() {
        swift.close();
    }

    @Test
    void listsOnceUploadsOnlyNewAndNewerFilesAndDeletesExtrasInOneBulkDelete() {
        SyncResult result = storage().syncFolderToContainer(folder, "c", SyncOptions.builder().prefix("pre")
                .ignore("*.log").delete(true).listener(listener).build());

        assertThat(requestLines()).containsExactlyInAnyOrder(
                "GET " + LISTING,
                "GET " + PATH + "?format=json&prefix=pre%2F&limit=3&marker=pre%2Folder.txt",
                "GET " + PATH + "?format=json&prefix=pre%2F&limit=3&marker=pre%2Fkeep.log",
                "GET " + PATH + "?format=json&prefix=pre%2F&limit=3&marker=pre%2Fsub%2Fgone2.txt",
                "HEAD " + PATH + "/pre%2Fsub%2Fseg.bin",
                "PUT " + PATH + "/pre%2Fchanged.txt",
                "PUT " + PATH + "/pre%2Fnew.txt",
                "POST " + SwiftStub.ACCOUNT + "/?bulk-delete");
        // kept: keep.log (ignored locally), .hidden-remote (hidden), dir/ (a folder marker)
        assertThat(bulkDeleteBody()).isEqualTo("c/pre%2Fgone.txt\nc/pre%2Fsub%2Fgone2.txt\n");
        assertThat(result.uploaded()).isEqualTo(2);
        assertThat(result.skippedIdentical()).as("same.txt, and seg.bin by its recorded MD5").isEqualTo(2);
        assertThat(result.skippedOlder()).as("older.txt: the remote copy is newer").isEqualTo(1);
        assertThat(result.deleted()).isEqualTo(2);
        assertThat(result.failed()).isEmpty();
        assertThat(result.bytesUploaded()).isEqualTo(8 + 3);
        assertThat(result.duration()).isPositive();
        assertThat(events.stream().collect(Collectors.toMap(SyncEvent::name, SyncEvent::action))).isEqualTo(Map.of(
                "pre/changed.txt", Action.UPLOADED, "pre/new.txt", Action.UPLOADED,
                "pre/same.txt", Action.SKIPPED_IDENTICAL, "pre/sub/seg.bin", Action.SKIPPED_IDENTICAL,
                "pre/older.txt", Action.SKIPPED_OLDER, "pre/gone.txt", Action.DELETED,
                "pre/sub/gone2.txt", Action.DELETED));
    }

    @Test
    void ignoringTimestampsUploadsEveryDifferingFileAndWithoutDeleteNothingIsDeleted() {
        SyncResult result = storage().syncFolderToContainer(folder, "c", true, true, "pre", List.of("*.log"), false);

        assertThat(puts()).containsExactlyInAnyOrder("/pre%2Fchanged.txt", "/pre%2Fnew.txt", "/pre%2Folder.txt",
                "/pre%2F.hidden");
        assertThat(result.uploaded()).isEqualTo(4);
        assertThat(result.skippedOlder()).isZero();
        assertThat(result.deleted()).isZero();
        assertThat(requestLines()).noneMatch(line -> line.startsWith("POST"));
    }

    @Test
    void hiddenFilesAreLeftOutByDefaultAndTheirRemoteCopiesAreNotDeleted() {
        storage().syncFolderToContainer(folder, "c", SyncOptions.builder().prefix("/pre/").delete(true).build());

        assertThat(puts()).doesNotContain("/pre%2F.hidden");
        assertThat(bulkDeleteBody()).doesNotContain("hidden").contains("c/pre%2Fkeep.log\n");
    }

    @Test
    void hiddenFilesAreSyncedWhenIncludedAndRemoteHiddenExtrasAreThenDeleted() {
        storage().syncFolderToContainer(folder, "c", SyncOptions.builder().prefix("pre").includeHidden(true)
                .ignore("*.log").delete(true).build());

        assertThat(puts()).contains("/pre%2F.hidden");
        assertThat(bulkDeleteBody()).isEqualTo("c/pre%2Fgone.txt\nc/pre%2F.hidden-remote\nc/pre%2Fsub%2Fgone2.txt\n");
    }

    @Test
    void failuresAreCollectedAndTheOtherFilesStillSync() {
        swift.server.stubFor(put(urlEqualTo(PATH + "/" + encoded("pre/new.txt"))).willReturn(aResponse()
                .withStatus(403)));
        swift.server.stubFor(post(urlEqualTo(SwiftStub.ACCOUNT + "/?bulk-delete")).willReturn(aResponse().withBody(
                "{\"Number Not Found\": 0, \"Response Status\": \"400 Bad Request\", \"Errors\": "
                        + "[[\"/c/pre/gone.txt\", \"409 Conflict\"]], \"Number Deleted\": 1}")));

        SyncResult result = storage().syncFolderToContainer(folder, "c", SyncOptions.builder().prefix("pre")
                .ignore("*.log").delete(true).listener(listener).build());

        assertThat(result.uploaded()).isEqualTo(1);
        assertThat(result.deleted()).isEqualTo(1);
        assertThat(result.failed()).extracting(FileFailure::name).containsExactly("pre/gone.txt", "pre/new.txt");
        assertThat(result.failed().get(0).reason()).contains("409 Conflict");
        assertThat(result.failed().get(1).cause()).isInstanceOf(ForbiddenException.class);
        assertThat(result.succeeded()).isFalse();
        assertThat(events).filteredOn(e -> e.action() == Action.FAILED).extracting(SyncEvent::name)
                .containsExactlyInAnyOrder("pre/gone.txt", "pre/new.txt");
    }

    @Test
    void aListenerThatThrowsDoesNotFailTheSync() {
        SyncListener broken = new SyncListener() {
            @Override
            public void fileSynced(SyncEvent event) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void bytesTransferred(long bytes) {
                throw new IllegalStateException("listener bug");
            }
        };

        SyncResult result = storage().syncFolderToContainer(folder, "c", SyncOptions.builder().prefix("pre")
                .listener(broken).build());

        assertThat(result.failed()).isEmpty();
        assertThat(result.uploaded()).as("changed.txt, new.txt, debug.log").isEqualTo(3);
    }

    @Test
    void anUnchangedFolderCostsItsListingAndNothingElse() throws IOException {
        swift.server.resetAll();
        Path unchanged = Files.createDirectories(folder.resolve("unchanged"));
        Files.writeString(unchanged.resolve("a.txt"), "alpha");
        Files.createDirectories(unchanged.resolve("b"));
        Files.writeString(unchanged.resolve("b/c.txt"), "gamma");
        swift.server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withBody("[" + entry("a.txt",
                Checksums.md5("alpha"), 5, FUTURE).replace("pre/", "") + "," + entry("b/c.txt", Checksums.md5("gamma"),
                5, PAST).replace("pre/", "") + "]")));
        endAfter("b/c.txt");

        SyncResult result = swift.storage().syncFolderToContainer(unchanged, "c", SyncOptions.builder()
                .delete(true).build());

        assertThat(requestLines()).containsExactly("GET " + PATH + "?format=json&limit=10000",
                "GET " + PATH + "?format=json&limit=10000&marker=b%2Fc.txt");
        assertThat(result.skippedIdentical()).isEqualTo(2);
        assertThat(result.uploaded() + result.skippedOlder() + result.deleted()).isZero();
    }

    @Test
    void filesHashedWhileASlowListingTravelsAreComparedWithIt() throws IOException {
        swift.server.resetAll();
        Path slow = Files.createDirectories(folder.resolve("slow"));
        Files.writeString(slow.resolve("same.txt"), "same");
        Files.writeString(slow.resolve("changed.txt"), "changed locally");
        swift.server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withFixedDelay(400).withBody("["
                + entry("same.txt", Checksums.md5("same"), 4, PAST).replace("pre/", "") + ","
                + entry("changed.txt", Checksums.md5("changed remotely"), 15, PAST).replace("pre/", "") + "]")));
        endAfter("changed.txt");
        swift.server.stubFor(put(urlEqualTo(PATH + "/changed.txt")).willReturn(aResponse().withStatus(201)
                .withHeader("ETag", Checksums.md5("changed locally"))));

        SyncResult result = swift.storage().syncFolderToContainer(slow, "c", SyncOptions.builder()
                .ignoreTimestamps(true).build());

        assertThat(result.skippedIdentical()).isEqualTo(1);
        assertThat(result.uploaded()).isEqualTo(1);
        assertThat(requestLines()).containsExactlyInAnyOrder("GET " + PATH + "?format=json&limit=10000",
                "GET " + PATH + "?format=json&limit=10000&marker=changed.txt", "PUT " + PATH + "/changed.txt");
    }

    @Test
    void aMissingContainerFailsTheSync() {
        swift.server.resetAll();
        swift.server.stubFor(get(urlPathEqualTo(SwiftStub.ACCOUNT + "/nope")).willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(() -> swift.storage().syncFolderToContainer(folder, "nope"))
                .isInstanceOf(NoSuchContainerException.class);
        assertThat(puts()).isEmpty();
    }

    private static ObjectStorage storage() {
        return swift.storage(ObjectStorageSettings.builder().listingPageSize(3).build());
    }

    private void local(String relative, String content) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        swift.server.stubFor(put(urlEqualTo(PATH + "/" + encoded("pre/" + relative))).willReturn(aResponse()
                .withStatus(201).withHeader("ETag", Checksums.md5(content))));
    }

    /** The listing ends with an empty page after this name. */
    private static void endAfter(String marker) {
        swift.server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("marker", equalTo(marker))
                .willReturn(aResponse().withBody("[]")));
    }

    private static void page(String marker, String... entries) {
        swift.server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("prefix", equalTo("pre/"))
                .withQueryParam("marker", marker == null ? absent() : equalTo(marker))
                .willReturn(aResponse().withBody("[" + String.join(",", entries) + "]")));
    }

    private static String entry(String name, String hash, long bytes, String lastModified) {
        return "{\"name\":\"pre/" + name + "\",\"hash\":\"" + hash + "\",\"bytes\":" + bytes
                + ",\"content_type\":\"text/plain\",\"last_modified\":\"" + lastModified + "\"}";
    }

    private static String encoded(String name) {
        return UriUtils.encodePathSegment(name, StandardCharsets.UTF_8);
    }

    private static List<String> requestLines() {
        return swift.requests().stream().map(r -> r.getMethod().getName() + " " + r.getUrl()).toList();
    }

    private static List<String> puts() {
        return swift.requests().stream().filter(r -> r.getMethod().getName().equals("PUT"))
                .map(r -> r.getUrl().substring(PATH.length())).toList();
    }

    private static String bulkDeleteBody() {
        List<LoggedRequest> posts = swift.requests().stream().filter(r -> r.getMethod().getName().equals("POST"))
                .toList();
        assertThat(posts).as("one bulk delete").hasSize(1);
        return posts.get(0).getBodyAsString();
    }
}
