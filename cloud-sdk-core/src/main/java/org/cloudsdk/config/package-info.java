/**
 * Configuration as pyrax read it, and more: environments and settings
 * ({@link org.cloudsdk.config.CloudConfiguration}, {@link org.cloudsdk.config.CloudSettings}) from
 * a pyrax configuration file, the {@code CLOUD_*} environment variables and defaults; pyrax
 * credential files; and OpenStack's {@code clouds.yaml}.
 */
@NullMarked
package org.cloudsdk.config;

import org.jspecify.annotations.NullMarked;
