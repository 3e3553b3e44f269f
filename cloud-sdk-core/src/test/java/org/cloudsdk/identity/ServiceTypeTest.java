package org.cloudsdk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The service names of the seed's alias table, and the names themselves. */
class ServiceTypeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "nova, COMPUTE",
        "cloudservers, COMPUTE",
        "swift, OBJECT_STORE",
        "cloudfiles, OBJECT_STORE",
        "cloud_loadbalancers, LOAD_BALANCER",
        "trove, DATABASE",
        "cloud_databases, DATABASE",
        "cinder, VOLUME",
        "cloud_blockstorage, VOLUME",
        "designate, DNS",
        "cloud_dns, DNS",
        "neutron, NETWORK",
        "cloud_networks, NETWORK",
        "glance, IMAGE",
        "images, IMAGE",
        "marconi, QUEUES",
        "queues, QUEUES",
        "cloud_monitoring, MONITOR",
        "autoscale, AUTOSCALE"
    })
    void seedAliasTable(String alias, ServiceType expected) {
        assertThat(ServiceType.fromName(alias)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "compute, compute",
        "object_store, object_store",
        "load_balancer, load_balancer",
        "database, database",
        "volume, volume",
        "dns, dns",
        "network, network",
        "image, image",
        "queues, queues",
        "monitor, monitor",
        "autoscale, autoscale"
    })
    void descriptiveNamesOfTheSeedTable(String name, String serviceName) {
        assertThat(ServiceType.fromName(name).serviceName()).isEqualTo(serviceName);
    }

    @ParameterizedTest
    @EnumSource(ServiceType.class)
    void everyServiceIsFoundByItsOwnNameAndItsCatalogTypes(ServiceType type) {
        assertThat(ServiceType.fromName(type.serviceName())).isEqualTo(type);
        for (String catalogType : type.catalogTypes()) {
            assertThat(ServiceType.fromCatalogType(catalogType)).contains(type);
        }
    }

    @Test
    void namesIgnoreCaseAndDashes() {
        assertThat(ServiceType.fromName("Cloud-Files")).isEqualTo(ServiceType.OBJECT_STORE);
        assertThat(ServiceType.fromName(" NOVA ")).isEqualTo(ServiceType.COMPUTE);
        assertThat(ServiceType.fromName("object-store")).isEqualTo(ServiceType.OBJECT_STORE);
        assertThat(ServiceType.fromName("rax:object-cdn")).isEqualTo(ServiceType.OBJECT_CDN);
    }

    @Test
    void unknownNameListsKnownNames() {
        assertThatIllegalArgumentException().isThrownBy(() -> ServiceType.fromName("cloud_widgets"))
                .withMessageContaining("cloud_widgets")
                .withMessageContaining("object_store (swift, cloudfiles")
                .withMessageContaining("compute (nova, cloudservers")
                .withMessageContaining("autoscale");
        assertThat(ServiceType.find(null)).isEmpty();
        assertThat(ServiceType.find(" ")).isEmpty();
        assertThat(ServiceType.fromCatalogType("placement")).isEmpty();
    }
}
