/**
 * Cloud Databases (Rackspace's Trove API v1.0; pyrax's {@code pyrax.cloud_databases}): MySQL
 * instances, their flavors, databases, users and root user, and backups.
 * {@link org.cloudsdk.database.Databases} is the client ({@code ctx.databases()}); instances,
 * flavors, databases, users and backups are immutable handles carrying the operations pyrax put
 * on them, and {@link org.cloudsdk.wait.Waiter} waits on instances and backups.
 */
@NullMarked
package org.cloudsdk.database;

import org.jspecify.annotations.NullMarked;
