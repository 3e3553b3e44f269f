package org.cloudsdk.it.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cloudsdk.CloudContext;
import org.cloudsdk.errors.NoEndpointForServiceException;
import org.cloudsdk.it.LocalCloud;
import org.cloudsdk.it.objectstorage.LocalSwift.TestContainer;
import org.cloudsdk.objectstorage.Container;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.StorageObject;
import org.junit.jupiter.api.Test;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;

/**
 * The local Keystone catalog has no {@code rax:object-cdn}: every CDN call fails clearly, naming
 * the service, and no request is ever made for it, while storage keeps working.
 */
class CdnWithoutEndpointIT {

    @Test
    void cdnCallsFailNamingTheServiceAndNothingIsSentForThem() {
        List<String> services = new CopyOnWriteArrayList<>();
        ObservationRegistry registry = ObservationRegistry.create();
        // every call through the transport starts one observation tagged with its service
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }

            @Override
            public void onStart(Observation.Context context) {
                var service = context.getLowCardinalityKeyValue("service");
                services.add(service == null ? "?" : service.getValue());
            }
        });
        try (CloudContext ctx = LocalCloud.demo().observationRegistry(registry).build()) {
            ObjectStorage storage = ctx.objectStorage();
            try (TestContainer c = TestContainer.create(storage)) {
                StorageObject obj = storage.storeObject(c.name(), "logo.txt", "public?");
                Container cont = storage.getContainer(c.name());

                List<Runnable> calls = List.of(() -> storage.makeContainerPublic(c.name(), 900),
                        () -> storage.makeContainerPrivate(c.name()), () -> storage.getContainerCdnInfo(c.name()),
                        () -> storage.setCdnLogRetention(c.name(), true), obj::purge,
                        storage::listPublicContainers, cont::cdnEnabled, cont::cdnUri, () -> cont.makePublic(1200));
                for (Runnable call : calls) {
                    NoEndpointForServiceException e = catchThrowableOfType(NoEndpointForServiceException.class,
                            call::run);
                    assertThat(e).isNotNull();
                    assertThat(e.requestedService()).isEqualTo("object_cdn");
                    assertThat(e.getMessage()).contains("object_cdn").contains("rax:object-cdn");
                }

                assertThat(storage.fetchObjectAsString(c.name(), "logo.txt")).isEqualTo("public?");
            }
        }
        assertThat(services).contains("object_store").doesNotContain("object_cdn");
    }
}
