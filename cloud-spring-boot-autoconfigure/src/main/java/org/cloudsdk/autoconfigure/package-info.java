/**
 * The Spring Boot starter's auto-configuration: the {@code cloud.*} properties
 * ({@link org.cloudsdk.autoconfigure.CloudProperties}) become a {@code CloudContext} bean for the
 * active environment, a {@link org.cloudsdk.autoconfigure.CloudClients} registry for the other
 * environments and regions, and a bean per registered service client.
 */
@NullMarked
package org.cloudsdk.autoconfigure;

import org.jspecify.annotations.NullMarked;
