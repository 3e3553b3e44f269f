package org.cloudsdk.http;

import java.util.function.UnaryOperator;

import org.springframework.http.client.reactive.ClientHttpConnector;

import reactor.netty.http.client.HttpClient;

/**
 * Builds the connector of a {@link Transport} instead of the transport's own (see
 * {@link Transport.Builder#connectorFactory(ConnectorFactory)}): the Spring Boot starter uses
 * Boot's connector builder here, so Boot's connector settings and customizations are kept.
 */
@FunctionalInterface
public interface ConnectorFactory {

    /**
     * @param transportPart what the transport needs of its Reactor Netty client (body read
     *     timeout, large body pieces, its TLS trust, client certificate and proxy when set): apply
     *     it last to the client the connector is made of, so the transport's TLS settings win
     * @return the connector
     */
    ClientHttpConnector create(UnaryOperator<HttpClient> transportPart);
}
