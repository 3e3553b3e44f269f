package org.cloudsdk.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.cloudsdk.objectstorage.SyncPlanner.Decision;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** The sync decision: cheapest evidence first, and what ignoreTimestamps means. */
class SyncPlannerTest {

    private static final String MD5 = "0123456789abcdef0123456789abcdef";
    private static final String OTHER_MD5 = "ffffffffffffffffffffffffffffffff";
    private static final Instant REMOTE_TIME = Instant.parse("2026-01-01T12:00:00Z");
    private static final LocalFile NEWER = new LocalFile(Path.of("f"), "f", 10, REMOTE_TIME.plusSeconds(60));
    private static final LocalFile OLDER = new LocalFile(Path.of("f"), "f", 10, REMOTE_TIME.minusSeconds(60));

    private final AtomicInteger hashed = new AtomicInteger();
    private final SyncPlanner.Md5Source md5 = file -> {
        hashed.incrementAndGet();
        return MD5;
    };

    @Test
    void aFileWithoutRemoteCopyIsUploadedWithoutBeingRead() throws IOException {
        assertThat(new SyncPlanner(false, 1000).decide(OLDER, null, md5)).isEqualTo(Decision.UPLOAD);
        assertThat(hashed).hasValue(0);
    }

    @Test
    void sameSizeAndSameMd5IsIdenticalWhateverTheTimes() throws IOException {
        RemoteCopy copy = new RemoteCopy(10, MD5, REMOTE_TIME);
        assertThat(new SyncPlanner(false, 1000).decide(NEWER, copy, md5)).isEqualTo(Decision.SKIP_IDENTICAL);
        assertThat(new SyncPlanner(true, 1000).decide(OLDER, copy, md5)).isEqualTo(Decision.SKIP_IDENTICAL);
        assertThat(hashed).hasValue(2);
    }

    @Test
    void aDifferentSizeDiffersWithoutHashing() throws IOException {
        RemoteCopy copy = new RemoteCopy(11, MD5, REMOTE_TIME);
        assertThat(new SyncPlanner(true, 1000).decide(OLDER, copy, md5)).isEqualTo(Decision.UPLOAD);
        assertThat(hashed).hasValue(0);
    }

    @Test
    void withTimestampsADifferingFileIsUploadedOnlyWhenNewer() throws IOException {
        RemoteCopy copy = new RemoteCopy(10, OTHER_MD5, REMOTE_TIME);
        SyncPlanner planner = new SyncPlanner(false, 1000);

        assertThat(planner.decide(NEWER, copy, md5)).isEqualTo(Decision.UPLOAD);
        assertThat(planner.decide(OLDER, copy, md5)).isEqualTo(Decision.SKIP_OLDER);
        LocalFile sameTime = new LocalFile(Path.of("f"), "f", 10, REMOTE_TIME);
        assertThat(planner.decide(sameTime, copy, md5)).as("not newer").isEqualTo(Decision.SKIP_OLDER);
        assertThat(planner.decide(OLDER, new RemoteCopy(10, OTHER_MD5, null), md5)).as("time unknown")
                .isEqualTo(Decision.UPLOAD);
    }

    @Test
    void ignoringTimestampsADifferingFileIsAlwaysUploaded() throws IOException {
        RemoteCopy copy = new RemoteCopy(10, OTHER_MD5, REMOTE_TIME);
        assertThat(new SyncPlanner(true, 1000).decide(OLDER, copy, md5)).isEqualTo(Decision.UPLOAD);
    }

    @Test
    void anUnknownRemoteMd5CountsAsDifferent() throws IOException {
        RemoteCopy copy = new RemoteCopy(10, null, REMOTE_TIME);
        assertThat(new SyncPlanner(true, 1000).decide(OLDER, copy, md5)).isEqualTo(Decision.UPLOAD);
        assertThat(new SyncPlanner(false, 1000).decide(OLDER, copy, md5)).isEqualTo(Decision.SKIP_OLDER);
    }

    @Test
    void onlyEntriesThatMayBeSegmentedNeedAHead() {
        SyncPlanner planner = new SyncPlanner(false, 1000);

        assertThat(planner.needsHead(MD5, 1000)).isFalse();
        assertThat(planner.needsHead(MD5, 1001)).as("as large as a segmented upload").isTrue();
        assertThat(planner.needsHead("abc-3", 10)).as("not an MD5").isTrue();
        assertThat(planner.needsHead(null, 10)).isTrue();
    }

    @Test
    void anEtagIsAPlainMd5WhenItIsThirtyTwoHexDigitsOfEitherCase() {
        assertThat(RemoteCopy.isPlainMd5("0123456789abcdefABCDEF0123456789")).isTrue();
        assertThat(RemoteCopy.isPlainMd5("0123456789abcdefABCDEF012345678")).as("31 digits").isFalse();
        assertThat(RemoteCopy.isPlainMd5("0123456789abcdefABCDEF01234567890")).as("33 digits").isFalse();
        assertThat(RemoteCopy.isPlainMd5("0123456789abcdefABCDEF012345678g")).isFalse();
        assertThat(RemoteCopy.isPlainMd5("\"0123456789abcdefABCDEF012345678\"")).as("quoted").isFalse();
        assertThat(RemoteCopy.isPlainMd5("0123456789abcdef0123456789abcd-3")).as("segmented").isFalse();
        HttpHeaders headers = new HttpHeaders();
        headers.set("ETag", "0123456789ABCDEF0123456789ABCDEF");
        assertThat(RemoteCopy.fromHead(headers, 1, REMOTE_TIME).md5()).isEqualTo("0123456789abcdef0123456789abcdef");
    }

    @Test
    void aHeadGivesTheRecordedMd5AndMtimeOfASegmentedObject() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("ETag", "\"" + OTHER_MD5 + "\"");
        headers.set("X-Static-Large-Object", "True");
        headers.set("Content-Length", "5000");
        headers.set("X-Object-Meta-Cloudsdk-Md5", MD5.toUpperCase());
        headers.set("X-Object-Meta-Mtime", "1700000000.250000");
        headers.set("Last-Modified", "Wed, 01 Jan 2026 12:00:00 GMT");

        RemoteCopy copy = RemoteCopy.fromHead(headers, 1, null);

        assertThat(copy).isEqualTo(new RemoteCopy(5000, MD5, Instant.ofEpochSecond(1700000000, 250_000_000)));
    }

    @Test
    void aSegmentedObjectWithoutRecordedMd5HasNoKnownMd5AndFallsBackToLastModified() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("ETag", "\"" + OTHER_MD5 + "\"");
        headers.set("X-Object-Manifest", "c_segments/x/");
        headers.set("Content-Length", "5000");
        headers.set("Last-Modified", "Thu, 01 Jan 2026 12:00:00 GMT");

        assertThat(RemoteCopy.fromHead(headers, 1, null)).isEqualTo(new RemoteCopy(5000, null, REMOTE_TIME));
    }
}
