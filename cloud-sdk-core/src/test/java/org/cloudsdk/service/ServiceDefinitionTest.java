package org.cloudsdk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cloudsdk.identity.ServiceType;
import org.junit.jupiter.api.Test;

/** What a definition declares about where its client is found. */
class ServiceDefinitionTest {

    @Test
    void aDefinitionLooksUnderEveryCatalogTypeOfItsServiceByDefault() {
        ServiceDefinition<String> definition = ServiceDefinition
                .builder("volume", ServiceType.VOLUME, String.class, context -> "client").build();

        assertThat(definition.catalogTypes()).containsExactlyElementsOf(ServiceType.VOLUME.catalogTypes());
    }

    @Test
    void aDefinitionMayNarrowItsCatalogTypesToTheApiItsClientSpeaks() {
        ServiceDefinition<String> definition = ServiceDefinition
                .builder("octavia", ServiceType.LOAD_BALANCER, String.class, context -> "client")
                .catalogTypes("load-balancer").build();

        assertThat(definition.catalogTypes()).containsExactly("load-balancer");
    }

    @Test
    void aCatalogTypeOutsideTheServiceTypeIsRefused() {
        assertThatThrownBy(() -> ServiceDefinition
                .builder("designate", ServiceType.DNS, String.class, context -> "client").catalogTypes("compute"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("catalogTypes must be among DNS's [rax:dns, dns]")
                .hasMessageContaining("'compute'");
    }
}
