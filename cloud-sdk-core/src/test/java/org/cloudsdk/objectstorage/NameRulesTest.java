package org.cloudsdk.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Download targets can never leave their directory. */
class NameRulesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"../x", "/abs", "a\\b", "a//b", "a/../../x", "./x", "a/.", "dir/", "nul\0byte", ".."})
    void hostileNamesAreRefused(String name) {
        assertThatThrownBy(() -> NameRules.downloadTarget(dir, name, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be downloaded to a file");
        assertThatThrownBy(() -> NameRules.downloadTarget(dir, name, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordinaryNamesStayInside() {
        Path base = dir.toAbsolutePath();
        assertThat(NameRules.downloadTarget(dir, "one/two/three.txt", true)).isEqualTo(base.resolve("one/two/three.txt"));
        assertThat(NameRules.downloadTarget(dir, "one/two/three.txt", false)).isEqualTo(base.resolve("three.txt"));
        assertThat(NameRules.downloadTarget(dir, "..hidden/x..y", true)).isEqualTo(base.resolve("..hidden/x..y"));
        assertThatThrownBy(() -> NameRules.downloadTarget(dir.resolve("missing"), "x", true))
                .hasMessageContaining("existing directory");
    }

    @Test
    void metadataKeysAreMassagedAsTheSeedShows() {
        assertThat(MetadataHeaders.CONTAINER.header("Famous_Family")).isEqualTo("x-container-meta-famous-family");
        assertThat(MetadataHeaders.CONTAINER.header("X-Account-Meta-City"))
                .isEqualTo("x-container-meta-x-account-meta-city");
        assertThat(MetadataHeaders.OBJECT.header("X-Object-Meta-Color")).isEqualTo("x-object-meta-color");
        assertThat(MetadataHeaders.ACCOUNT.removalHeader("color")).isEqualTo("x-remove-account-meta-color");
    }

    @Test
    void optionsValidateTheirValues() {
        assertThatThrownBy(() -> StoreOptions.builder().ttlSeconds(0).build()).hasMessageContaining("ttl");
        assertThatThrownBy(() -> StoreOptions.builder().etag("nope").build()).hasMessageContaining("32 hex");
        assertThatThrownBy(() -> ListOptions.builder().limit(10_001).build()).hasMessageContaining("limit");
        assertThat(RangeSpec.of(3, 4).headerValue()).isEqualTo("bytes=3-6");
        assertThat(RangeSpec.from(9).headerValue()).isEqualTo("bytes=9-");
        assertThat(RangeSpec.lastBytes(5).headerValue()).isEqualTo("bytes=-5");
        assertThatThrownBy(() -> ObjectStorageSettings.builder().bulkDeleteBatchSize(0).build())
                .hasMessageContaining("bulkDeleteBatchSize");
    }
}
