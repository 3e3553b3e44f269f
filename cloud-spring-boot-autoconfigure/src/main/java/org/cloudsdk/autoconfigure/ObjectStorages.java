package org.cloudsdk.autoconfigure;

import org.cloudsdk.CloudContext;
import org.cloudsdk.errors.NoEndpointForServiceException;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.identity.EndpointInterface;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.ObjectStorageSettings;

/**
 * Builds the {@link ObjectStorage} client of a context and region with the
 * {@code cloud.object-storage.*} tunables. With the core's defaults it is the context's own
 * client ({@link CloudContext#objectStorage(String)}); otherwise a client over the same endpoints:
 * the object store on the context's default interface for it (internal with
 * {@code use-servicenet}), the CDN on its public interface. No network call is made.
 */
final class ObjectStorages {

    private ObjectStorages() {
    }

    static ObjectStorage create(CloudContext context, String region, ObjectStorageSettings settings) {
        if (settings.equals(ObjectStorageSettings.defaults())) {
            return context.objectStorage(region);
        }
        ServiceClient storage = context.client(ServiceType.OBJECT_STORE, region,
                context.defaultInterface(ServiceType.OBJECT_STORE));
        return new ObjectStorage(storage, cdn(context, region), settings);
    }

    /** The CDN client, or null when an authenticated context already knows the cloud has none. */
    private static ServiceClient cdn(CloudContext context, String region) {
        try {
            return context.client(ServiceType.OBJECT_CDN, region, EndpointInterface.PUBLIC);
        } catch (NoEndpointForServiceException none) {
            return null;
        }
    }
}
