package org.cloudsdk.wait;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What a {@link Waiter} needs from a resource handle: its id, the value of an attribute by name,
 * and a fresh snapshot fetched without holding a thread while the request is in flight.
 *
 * <p>A handle is an immutable snapshot (a server as its last GET saw it); waiting never changes
 * it, each poll yields a new one. Handles of every service implement this interface, so a waiter
 * knows no service: pyrax's {@code wait_until(obj, att, desired)} worked on any object with a
 * {@code get()} and attributes, and so does this.
 *
 * <p>Implementations are thread-safe (snapshots are immutable) and their
 * {@link #reloadAsync()} never blocks: a handle built on {@code org.cloudsdk.http} returns
 * {@code serviceClient.exchange(...).map(...).toFuture()}, so the poll runs on the transport's
 * event loops and cancelling the future aborts the request.
 *
 * @param <T> the handle's own type: a reload of a server is a server
 */
public interface Waitable<T extends Waitable<T>> {

    /** @return the resource's id; used in messages and logs, never in a metric tag */
    String id();

    /**
     * Looks up one attribute of this snapshot by its name in the service's JSON ({@code status},
     * {@code progress}, {@code OS-EXT-STS:task_state}, ...), as pyrax's {@code getattr(obj, att)}.
     *
     * @param name the attribute's name
     * @return its value (a {@code String}, {@code Number}, {@code Boolean} or a nested structure),
     *     or empty when the snapshot has no such attribute or it is JSON {@code null}
     */
    Optional<Object> attribute(String name);

    /**
     * Fetches a fresh snapshot of the resource without blocking the calling thread. A resource
     * that no longer exists completes the future with {@link org.cloudsdk.errors.NotFoundException};
     * other failures complete it with the transport's {@link org.cloudsdk.errors.CloudException}s.
     * Cancelling the returned future should abort the request in flight.
     *
     * @return the fresh snapshot, when it arrives
     */
    CompletableFuture<T> reloadAsync();

    /**
     * Blocking form of {@link #reloadAsync()}, pyrax's {@code obj.get()}.
     *
     * @return the fresh snapshot
     * @throws org.cloudsdk.errors.CloudException what the reload failed with
     * @throws org.cloudsdk.errors.OperationInterruptedException when the calling thread is
     *     interrupted: the reload is cancelled and the interrupt flag set again
     */
    default T reload() {
        return Blocking.await(reloadAsync(), "reloading " + resourceType() + " " + id());
    }

    /**
     * The kind of resource, for the {@code cloud.wait} observation's {@code resource} tag and for
     * messages: a small fixed vocabulary per service ({@code server}, {@code volume},
     * {@code loadbalancer}), never an id or a name.
     *
     * @return the resource type; by default the class's simple name in lower case
     */
    default String resourceType() {
        String name = getClass().getSimpleName();
        return name.isEmpty() ? "resource" : name.toLowerCase(java.util.Locale.ROOT);
    }
}
