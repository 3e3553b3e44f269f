/**
 * Queues (pyrax's {@code pyrax.queues}): queues, messages, claims and statistics, over Rackspace
 * Cloud Queues v1 or OpenStack Zaqar v2, whichever the catalog's endpoint serves; on Zaqar, queue
 * subscriptions too. The entry point is {@link org.cloudsdk.queue.Queues}; message calls need a
 * client id ({@link org.cloudsdk.queue.Queues#withClientId(java.util.UUID)}).
 */
@NullMarked
package org.cloudsdk.queue;

import org.jspecify.annotations.NullMarked;
