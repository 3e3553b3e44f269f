package org.cloudsdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.objectstorage.ObjectStorageSettings;
import org.cloudsdk.service.ServiceDefinition;
import org.junit.jupiter.api.Test;

/** Settings given to the context builder by type reach every client the context builds. */
class ServiceSettingsTest {

    record PollSettings(int delayMillis) {
    }

    record SeenSettings(Optional<PollSettings> poll, Optional<ObjectStorageSettings> storage) {
    }

    private static final ServiceDefinition<SeenSettings> PROBE = ServiceDefinition
            .builder("probe", ServiceType.DNS, SeenSettings.class,
                    context -> new SeenSettings(context.settings(PollSettings.class),
                            context.settings(ObjectStorageSettings.class)))
            .build();

    @Test
    void aFactoryReadsTheSettingsGivenByTypeInEveryRegion() {
        try (CloudContext ctx = TestCloud.isolatedBuilder().serviceSettings(new PollSettings(1))
                .serviceSettings(new PollSettings(250)).build()) {
            assertThat(ctx.service(PROBE, "ORD").poll()).contains(new PollSettings(250));
            assertThat(ctx.service(PROBE, "DFW").poll()).contains(new PollSettings(250));
        }
    }

    @Test
    void settingsNeverGivenAreEmptyAndObjectStorageSettingsKeepTheirOwnSlot() {
        ObjectStorageSettings storage = ObjectStorageSettings.defaults();
        try (CloudContext ctx = TestCloud.isolatedBuilder().serviceSettings(storage).build()) {
            SeenSettings seen = ctx.service(PROBE, "ORD");

            assertThat(seen.poll()).isEmpty();
            assertThat(seen.storage()).containsSame(storage);
            assertThat(ctx.objectStorageSettings()).isSameAs(storage);
        }
    }
}
