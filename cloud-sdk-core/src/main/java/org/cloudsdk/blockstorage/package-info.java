/**
 * Block storage (Cinder v3; Rackspace Cloud Block Storage): volume types, volumes, their
 * attachment to servers and their snapshots. {@link org.cloudsdk.blockstorage.BlockStorage} is the
 * client ({@code ctx.blockStorage()}); volumes, snapshots and volume types are immutable handles
 * ({@link org.cloudsdk.blockstorage.Volume} and others) carrying the operations pyrax put on them,
 * and {@link org.cloudsdk.wait.Waiter} waits on them.
 */
@NullMarked
package org.cloudsdk.blockstorage;

import org.jspecify.annotations.NullMarked;
