package org.cloudsdk.it.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;

import org.cloudsdk.CloudContext;
import org.cloudsdk.it.LocalCloud;
import org.cloudsdk.it.objectstorage.LocalSwift.TestContainer;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.junit.jupiter.api.Test;

/** pyrax's {@code use_servicenet}: object storage on the internal URL. */
class ServicenetIT {

    @Test
    void servicenetUsesTheInternalEndpointForARoundTrip() {
        try (CloudContext ctx = LocalCloud.demo().useServicenet(true).build()) {
            ObjectStorage internal = ctx.objectStorage();
            assertThat(internal.storageUrl()).isEqualTo(LocalCloud.get("swift.internal.url"))
                    .isNotEqualTo(LocalCloud.get("swift.public.url"));
            assertThat(ctx.objectStorage()).isSameAs(internal);
            try (TestContainer c = TestContainer.create(internal)) {
                internal.storeObject(c.name(), "via servicenet", "internal");
                assertThat(internal.fetchObjectAsString(c.name(), "via servicenet")).isEqualTo("internal");
            }
        }
        try (CloudContext ctx = LocalCloud.demo().build()) {
            assertThat(ctx.objectStorage().storageUrl()).isEqualTo(LocalCloud.get("swift.public.url"));
            assertThat(ctx.region(LocalCloud.get("region")).objectStorage().storageUrl())
                    .isEqualTo(LocalCloud.get("swift.public.url"));
        }
    }
}
