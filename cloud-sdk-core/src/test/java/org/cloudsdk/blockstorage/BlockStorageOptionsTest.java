package org.cloudsdk.blockstorage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.cloudsdk.wait.WaitOptions;
import org.junit.jupiter.api.Test;

/** The options of block storage: defaults, round trips through their builders, and their limits. */
class BlockStorageOptionsTest {

    @Test
    void createOptionsRoundTripAndAllowOneSourceOnly() {
        VolumeCreateOptions options = VolumeCreateOptions.builder().description("d").volumeType("SSD")
                .metadata(Map.of("k", "v")).snapshotId("s").availabilityZone("az").build();

        assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
        assertThat(VolumeCreateOptions.defaults().description()).isEmpty();
        assertThat(VolumeCreateOptions.defaults().volumeType()).isEmpty();
        assertThatThrownBy(() -> options.toBuilder().sourceVolumeId("v").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("snapshotId, sourceVolumeId and imageId are exclusive");
        assertThatThrownBy(() -> VolumeCreateOptions.builder().volumeType(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("volumeType must not be blank");
        assertThatThrownBy(() -> VolumeCreateOptions.builder().description("x".repeat(256)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("description must be at most 255 characters, was 256");
        assertThatThrownBy(() -> VolumeCreateOptions.builder().metadata(Map.of("", "v")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metadata keys must be 1 to 255");
    }

    @Test
    void updateListDeleteAndSnapshotOptionsRoundTrip() {
        VolumeUpdateOptions update = VolumeUpdateOptions.builder().name("n").metadata(Map.of()).build();
        VolumeListOptions list = VolumeListOptions.builder().name("n").status("available").pageSize(10).marker("m").build();
        WaitOptions quick = WaitOptions.builder().interval(Duration.ofSeconds(1)).build();
        VolumeDeleteOptions delete = VolumeDeleteOptions.builder().force(true).stepWait(quick).build();
        SnapshotCreateOptions snapshot = SnapshotCreateOptions.builder().name("s").description("d").force(true).build();

        assertThat(update.toBuilder().build()).isEqualTo(update);
        assertThat(update.isEmpty()).isFalse();
        assertThat(VolumeUpdateOptions.builder().build().isEmpty()).isTrue();
        assertThat(list.toBuilder().build()).isEqualTo(list);
        assertThat(delete.toBuilder().build()).isEqualTo(delete);
        assertThat(VolumeDeleteOptions.forced().force()).isTrue();
        assertThat(VolumeDeleteOptions.defaults().force()).isFalse();
        assertThat(VolumeDeleteOptions.defaults().stepWait()).isEqualTo(VolumeDeleteOptions.DEFAULT_STEP_WAIT);
        assertThat(snapshot.toBuilder().build()).isEqualTo(snapshot);
        assertThat(SnapshotCreateOptions.defaults().force()).isFalse();
    }

    @Test
    void aPageSizeOutsideCindersRangeIsRefused() {
        assertThatThrownBy(() -> VolumeListOptions.builder().pageSize(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pageSize must be 1 to 1000, was 0");
        assertThatThrownBy(() -> VolumeListOptions.builder().pageSize(1001)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sizeLimitsDependOnTheProvider() {
        assertThat(VolumeLimits.size(1, null, BlockStorageProvider.CINDER)).isEqualTo(1);
        assertThat(VolumeLimits.size(100_000, "SSD", BlockStorageProvider.CINDER)).isEqualTo(100_000);
        assertThat(VolumeLimits.size(100, null, BlockStorageProvider.RACKSPACE)).isEqualTo(100);
        assertThat(VolumeLimits.size(1024, "SSD", BlockStorageProvider.RACKSPACE)).isEqualTo(1024);
        assertThatThrownBy(() -> VolumeLimits.size(0, null, BlockStorageProvider.CINDER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VolumeLimits.size(99, "SATA", BlockStorageProvider.RACKSPACE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100 to 1024 GB for a SATA volume");
    }
}
