package org.cloudsdk.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The options and settings of object storage: made by builders that start from the defaults,
 * copied with {@code toBuilder()}, compared by value, and checked value by value with a message
 * naming the parameter and its range.
 */
class OptionsBuildersTest {

    @Test
    void listOptionsRoundTripAndCompareByValue() {
        ListOptions options = ListOptions.builder().limit(4).marker("a").prefix("p/").delimiter('/')
                .fullListing(true).endMarker("z").build();

        assertThat(options.limit()).isEqualTo(4);
        assertThat(options.marker()).isEqualTo("a");
        assertThat(options.prefix()).isEqualTo("p/");
        assertThat(options.delimiter()).isEqualTo('/');
        assertThat(options.hasDelimiter()).isTrue();
        assertThat(options.fullListing()).isTrue();
        assertThat(options.endMarker()).isEqualTo("z");
        assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
        assertThat(options.toBuilder().marker("b").build()).isNotEqualTo(options);
        assertThat(options.marker()).as("the copy's builder does not touch the original").isEqualTo("a");
        assertThat(ListOptions.builder().build()).isEqualTo(ListOptions.defaults());
        assertThat(options.toString()).contains("limit=4", "delimiter='/'", "endMarker=z");
        assertThatThrownBy(() -> ListOptions.builder().limit(10_001)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be 1 to 10000 (or 0 for the default), was 10001");
    }

    @Test
    void storeOptionsStartFromTheDefaultsAndCheckEachValue() {
        StoreOptions defaults = StoreOptions.defaults();
        assertThat(defaults.contentLength()).isEqualTo(-1);
        assertThat(defaults.listener()).isSameAs(TransferListener.NONE);
        assertThat(defaults.largeObjectType()).isEqualTo(LargeObjectType.STATIC);
        assertThat(defaults.metadata()).isEmpty();

        Instant mtime = Instant.parse("2026-01-02T03:04:05Z");
        StoreOptions options = StoreOptions.builder().contentType("text/plain").ttlSeconds(60)
                .etag("0123456789abcdef0123456789abcdef").metadata(Map.of("k", "v")).header("X-A", "1")
                .header("X-B", "2").contentLength(9).mtime(mtime).largeObjectType(LargeObjectType.DYNAMIC).build();
        assertThat(options.ttl()).isEqualTo(Duration.ofMinutes(1));
        assertThat(options.headers()).containsOnly(Map.entry("X-A", "1"), Map.entry("X-B", "2"));
        assertThat(options.toBuilder().header("X-C", "3").build().headers()).hasSize(3);
        assertThat(options.headers()).as("unchanged by a copy's builder").hasSize(2);
        assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
        assertThat(options.toBuilder().listener(null).build().listener()).isSameAs(TransferListener.NONE);

        assertThatThrownBy(() -> StoreOptions.builder().ttl(Duration.ofMillis(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ttl must be at least 1 second");
        assertThatThrownBy(() -> StoreOptions.builder().etag("abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("etag must be an MD5 checksum of 32 hex digits");
        assertThatThrownBy(() -> StoreOptions.builder().contentLength(-2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contentLength must be -1");
        assertThatThrownBy(() -> StoreOptions.builder().metadata(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("metadata");
        assertThatThrownBy(() -> StoreOptions.builder().largeObjectType(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("largeObjectType");
    }

    @Test
    void syncOptionsNormalizeThePrefixAndCheckTheParallelism() {
        SyncOptions options = SyncOptions.builder().prefix("/backup").ignore("*.tmp").delete(true).parallelism(4)
                .build();

        assertThat(options.prefix()).isEqualTo("backup/");
        assertThat(options.objectPrefix()).isEqualTo("backup/");
        assertThat(options.ignore()).containsExactly("*.tmp");
        assertThat(options.delete()).isTrue();
        assertThat(options.includeHidden()).isFalse();
        assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
        assertThat(SyncOptions.builder().prefix("/").build().prefix()).isNull();
        assertThat(SyncOptions.defaults().parallelism()).isEqualTo(SyncOptions.DEFAULT_PARALLELISM);
        assertThatThrownBy(() -> SyncOptions.builder().parallelism(129)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parallelism must be 1 to 128, was 129");
        assertThatThrownBy(() -> SyncOptions.builder().ignore((List<String>) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ignore must not be null");
    }

    @Test
    void folderUploadOptionsCheckTheContainerAndStoreEveryObjectAlike() {
        FolderUploadOptions options = FolderUploadOptions.builder().container("software").ignore("*.pyc")
                .contentType("text/plain").contentEncoding("gzip").ttl(Duration.ofDays(1)).parallelism(2)
                .includeHidden(false).build();

        assertThat(options.container()).isEqualTo("software");
        assertThat(options.includeHidden()).isFalse();
        assertThat(FolderUploadOptions.defaults().includeHidden()).isTrue();
        assertThat(options.storeOptions()).isEqualTo(StoreOptions.builder().contentType("text/plain")
                .contentEncoding("gzip").ttl(Duration.ofDays(1)).build());
        assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
        assertThatThrownBy(() -> FolderUploadOptions.builder().container("a/b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FolderUploadOptions.builder().parallelism(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("parallelism must be 1 to 128, was 0");
    }

    @Test
    void settingsKeepTheirDefaultsAndNameTheValueOutOfRange() {
        ObjectStorageSettings settings = ObjectStorageSettings.builder().listingPageSize(500)
                .containerDeleteAttempts(2).containerDeleteRetryDelay(Duration.ZERO).build();

        assertThat(settings.listingPageSize()).isEqualTo(500);
        assertThat(settings.bulkDeleteBatchSize()).isEqualTo(ObjectStorageSettings.defaults().bulkDeleteBatchSize());
        assertThat(settings.toBuilder().build()).isEqualTo(settings).hasSameHashCodeAs(settings);
        assertThat(settings).isNotEqualTo(ObjectStorageSettings.defaults());
        assertThat(settings.toString()).contains("listingPageSize=500", "containerDeleteAttempts=2");
        assertThatThrownBy(() -> ObjectStorageSettings.builder().listingPageSize(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("listingPageSize must be 1 to 10000, was 0");
        assertThatThrownBy(() -> ObjectStorageSettings.builder().segmentSize(1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("segmentSize must be at least");
        assertThatThrownBy(() -> ObjectStorageSettings.builder().containerDeleteRetryDelay(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("containerDeleteRetryDelay");
    }
}
