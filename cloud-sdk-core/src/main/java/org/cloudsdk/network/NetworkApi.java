package org.cloudsdk.network;

import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

/**
 * The pyrax-shaped operations on networks, as one cloud's API carries them out: Rackspace's
 * {@code os-networksv2} ({@link CloudNetworksApi}) or Neutron ({@link NeutronNetworksApi}). The
 * client picks one from the catalog ({@link NetworkApiSelector}); its public methods are the
 * same whichever it is.
 */
interface NetworkApi {

    /** @return which API this is */
    NetworkApiType type();

    /** @param owner the client the handles carry @return every network of the project */
    Mono<List<Network>> list(Networks owner);

    /** @param owner the client the handles carry @param id a network's id @return the network */
    Mono<Network> get(Networks owner, String id);

    /**
     * @param owner the client the handles carry
     * @param label the network's label (name)
     * @param cidr its checked address range
     * @return the new network, with its CIDR
     */
    Mono<Network> create(Networks owner, String label, Cidr cidr);

    /**
     * @param id the network's id
     * @return completes when the network is deleted; {@link org.cloudsdk.errors.NetworkInUseException}
     *     when servers use it
     */
    Mono<Void> delete(String id);

    /** @return the health entry's details, after a cheap read */
    Mono<Map<String, Object>> health();
}
