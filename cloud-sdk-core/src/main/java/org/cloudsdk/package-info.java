/**
 * The entry point of the SDK: {@link org.cloudsdk.CloudContext}, one authenticated session with
 * one cloud (pyrax's context object), made by {@link org.cloudsdk.CloudContextBuilder} from
 * settings given in code, the pyrax configuration file, {@code CLOUD_*} environment variables and
 * clouds.yaml. A context hands out the service clients ({@code ctx.compute()},
 * {@code ctx.objectStorage()}, or any registered service of {@link org.cloudsdk.CloudServices}),
 * one per service and region, and {@link org.cloudsdk.RegionClients} gathers those of one region
 * ({@code ctx.region("ORD").compute()}).
 */
@NullMarked
package org.cloudsdk;

import org.jspecify.annotations.NullMarked;
