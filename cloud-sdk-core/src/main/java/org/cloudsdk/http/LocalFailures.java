package org.cloudsdk.http;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.cloudsdk.errors.CloudException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.function.client.ClientResponse;

/**
 * Tells, within one call, the failures of this machine from those of the network. Every error the
 * response body's publisher emits comes from the connection; everything else a reader raises (a
 * file it cannot write, a consumer that throws) is local, and so is every error a request body's
 * own publisher emits (its file, its listener). Errors are recognised by identity, through the
 * chain of causes, so a reader that wraps a network error leaves it the network's.
 *
 * <p>Thread-safe: a call's attempts run on several threads one after the other.
 */
final class LocalFailures {

    private final Set<Throwable> network = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    private final Set<Throwable> local = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    /**
     * @param response a response about to be handed to a reader
     * @return the same response, whose body's errors are remembered as the network's
     */
    ClientResponse tapBody(ClientResponse response) {
        return response.mutate().body(body -> body.doOnError(network::add)).build();
    }

    /** @param error what a reader failed with: local unless the body emitted it or the server's answer made it */
    void fromReader(Throwable error) {
        if (!(error instanceof CloudException) && !causedBy(error, network)) {
            local.add(error);
        }
    }

    /** @param error a failure of this machine */
    void local(Throwable error) {
        local.add(error);
    }

    /**
     * @param error what an attempt failed with
     * @return the failure of this machine it is or wraps, or null when it is the network's
     */
    @Nullable Throwable localCause(Throwable error) {
        return find(error, local);
    }

    private static boolean causedBy(Throwable error, Set<Throwable> known) {
        return find(error, known) != null;
    }

    private static @Nullable Throwable find(Throwable error, Set<Throwable> known) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 32; t = t.getCause(), depth++) {
            if (known.contains(t)) {
                return t;
            }
        }
        return null;
    }
}
