package org.cloudsdk.blockstorage;

/**
 * Which block storage API an endpoint speaks, decided from the catalog: it changes the field names
 * of requests, the size limits and whether microversions exist.
 *
 * <ul>
 *   <li>{@link #RACKSPACE} when the context authenticated with Rackspace's identity (identity type
 *       {@code rackspace}), or when the catalog lists block storage only under the type
 *       {@code volume} (Cinder's first API, which Rackspace Cloud Block Storage serves);</li>
 *   <li>{@link #CINDER} when it lists {@code volumev3}, {@code block-storage} or
 *       {@code volumev2}.</li>
 * </ul>
 * {@link BlockStorage#withProvider(BlockStorageProvider)} overrides the decision.
 */
public enum BlockStorageProvider {

    /**
     * OpenStack Cinder's API v3: fields {@code name} and {@code description}, microversions
     * negotiated, any positive size, the cloud's default volume type.
     */
    CINDER,

    /**
     * Rackspace Cloud Block Storage (Cinder's API v1): fields {@code display_name} and
     * {@code display_description}, no microversions, sizes of 100 to 1,024 GB, volume type
     * {@code SATA} unless told otherwise.
     */
    RACKSPACE
}
