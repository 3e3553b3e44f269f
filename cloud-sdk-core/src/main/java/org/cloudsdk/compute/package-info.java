/**
 * Compute (Nova; Rackspace Cloud Servers): servers, flavors, images as compute sees them, and key
 * pairs. {@link org.cloudsdk.compute.Compute} is the client ({@code ctx.compute()}); servers,
 * flavors, images and key pairs are immutable handles ({@link org.cloudsdk.compute.Server} and
 * others) carrying the operations pyrax put on them, and {@link org.cloudsdk.wait.Waiter} waits on
 * them.
 */
@NullMarked
package org.cloudsdk.compute;

import org.jspecify.annotations.NullMarked;
