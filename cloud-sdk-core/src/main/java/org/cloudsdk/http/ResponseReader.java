package org.cloudsdk.http;

import org.springframework.web.reactive.function.client.ClientResponse;

import reactor.core.publisher.Mono;

/**
 * Turns a successful (2xx) response into a value. The reader must consume or release the body on
 * every path, as {@link ClientResponse} requires, so that the connection goes back to the pool.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface ResponseReader<T> {

    /**
     * @param response a 2xx response
     * @return the value read from it
     */
    Mono<T> read(ClientResponse response);
}
