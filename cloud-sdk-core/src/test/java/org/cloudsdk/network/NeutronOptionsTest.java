package org.cloudsdk.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The options of the Neutron objects: round trips, equality, and each refusal naming its parameter. */
class NeutronOptionsTest {

    @Test
    void optionsRoundTripThroughTheirBuildersAndCompareByValue() {
        SubnetOptions subnet = SubnetOptions.builder().name("web").gatewayIp("192.168.0.1")
                .dnsNameservers(List.of("8.8.8.8")).enableDhcp(false).description("").build();
        assertThat(subnet.toBuilder().build()).isEqualTo(subnet).hasSameHashCodeAs(subnet);
        assertThat(subnet.name()).contains("web");
        assertThat(subnet.gatewayIp()).contains("192.168.0.1");
        assertThat(subnet.noGateway()).isFalse();
        assertThat(subnet.enableDhcp()).contains(false);
        assertThat(subnet.dnsNameservers()).containsExactly("8.8.8.8");
        assertThat(subnet.description()).contains("");
        assertThat(SubnetOptions.builder().noGateway().build().noGateway()).isTrue();
        assertThat(subnet).isNotEqualTo(SubnetOptions.defaults());
        assertThat(subnet.toString()).startsWith("SubnetOptions{").contains("\"gateway_ip\":\"192.168.0.1\"");

        PortOptions port = PortOptions.builder().name("p").fixedIp("s", "10.0.0.5").securityGroups(List.of("g"))
                .adminStateUp(false).portSecurityEnabled(true).build();
        assertThat(port.toBuilder().build()).isEqualTo(port);
        assertThat(port.securityGroups()).containsExactly("g");
        assertThat(port.adminStateUp()).contains(false);
        assertThat(port.portSecurityEnabled()).contains(true);

        NetworkOptions network = NetworkOptions.builder().external(true).shared(true).adminStateUp(false)
                .portSecurityEnabled(false).name("n").description("d").build();
        assertThat(network.external()).contains(true);
        assertThat(network.shared()).contains(true);
        assertThat(network.adminStateUp()).contains(false);
        assertThat(network.portSecurityEnabled()).contains(false);
        assertThat(network.name()).contains("n");
        assertThat(network.description()).contains("d");
        assertThat(NetworkOptions.defaults().external()).isEmpty();

        RouterOptions router = RouterOptions.builder().externalGateway("ext").adminStateUp(true).name("r").build();
        assertThat(router.externalGateway()).contains("ext");
        assertThat(router.toBuilder().build()).isEqualTo(router);
        assertThat(RouterOptions.defaults().externalGateway()).isEmpty();

        FloatingIpOptions floating = FloatingIpOptions.builder().portId("p").fixedIpAddress("10.0.0.5")
                .floatingIpAddress("203.0.113.7").description("d").build();
        assertThat(floating.portId()).contains("p");
        assertThat(floating.fixedIpAddress()).contains("10.0.0.5");
        assertThat(floating.floatingIpAddress()).contains("203.0.113.7");

        SecurityGroupOptions group = SecurityGroupOptions.builder().name("g").description("d").build();
        assertThat(group.toBuilder().build()).isEqualTo(group);
        assertThat(group.name()).contains("g");
    }

    @Test
    void aBuilderKeepsWorkingAfterBuildWithoutChangingWhatItBuilt() {
        SubnetOptions.Builder builder = SubnetOptions.builder().name("a");
        SubnetOptions first = builder.build();
        builder.name("b");

        assertThat(first.name()).contains("a");
        assertThat(builder.build().name()).contains("b");
    }

    @Test
    void ruleDefaultsAreAnIpv4IngressRuleAndAnIpv6PrefixMakesAnIpv6Rule() {
        SecurityGroupRuleOptions defaults = SecurityGroupRuleOptions.defaults();
        assertThat(defaults.direction()).isEqualTo(RuleDirection.INGRESS);
        assertThat(defaults.ethertype()).isEqualTo("IPv4");
        assertThat(defaults.protocol()).isEmpty();

        SecurityGroupRuleOptions v6 = SecurityGroupRuleOptions.builder().remoteIpPrefix("::/0").protocol("udp")
                .portRange(53, 53).build();
        assertThat(v6.ethertype()).isEqualTo("IPv6");
        assertThat(v6.portRangeMin()).contains(53);
        assertThat(v6.portRangeMax()).contains(53);
        assertThat(v6.remoteIpPrefix()).contains("::/0");
        assertThat(v6.toBuilder().direction(RuleDirection.EGRESS).build().direction()).isEqualTo(RuleDirection.EGRESS);
        assertThat(SecurityGroupRuleOptions.builder().remoteGroupId("g").build().remoteGroupId()).contains("g");
        assertThat(SecurityGroupRuleOptions.builder().protocol("6").portRange(1, 65535).build().protocol()).contains("6");
    }

    @Test
    void contradictoryOrOutOfRangeRulesAreRefused() {
        assertThatThrownBy(() -> SecurityGroupRuleOptions.builder().portRange(0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("portRangeMin must be 1 to 65535, was 0");
        assertThatThrownBy(() -> SecurityGroupRuleOptions.builder().portRange(80, 79))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("portRangeMax must be 80 (portRangeMin) to 65535, was 79");
        assertThatThrownBy(() -> SecurityGroupRuleOptions.builder().portRange(80, 65536))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SecurityGroupRuleOptions.builder().portRange(22, 22).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("portRange needs protocol tcp, udp or sctp, was none");
        assertThatThrownBy(() -> SecurityGroupRuleOptions.builder().protocol("icmp").portRange(8, 8).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("was icmp");
        assertThatThrownBy(() -> SecurityGroupRuleOptions.builder().protocol("256"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 to 255");
        assertThatThrownBy(() -> SecurityGroupRuleOptions.builder().remoteIpPrefix("0.0.0.0/0").remoteGroupId("g").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exclude each other");
        assertThatThrownBy(() -> SecurityGroupRuleOptions.builder().ipv6(false).remoteIpPrefix("::/0").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("remoteIpPrefix ::/0 is IPv6 but the rule is IPv4");
        assertThatThrownBy(() -> SecurityGroupRuleOptions.builder().remoteIpPrefix("everywhere"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("remoteIpPrefix 'everywhere'");
    }

    @Test
    void blankValuesAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> SubnetOptions.builder().name(" ")).hasMessage("name must not be blank");
        assertThatThrownBy(() -> SubnetOptions.builder().dnsNameservers(List.of("")))
                .hasMessage("dnsNameservers element must not be blank");
        assertThatThrownBy(() -> PortOptions.builder().fixedIp("", "10.0.0.1")).hasMessage("subnetId must not be blank");
        assertThatThrownBy(() -> RouterOptions.builder().externalGateway(""))
                .hasMessage("externalNetworkId must not be blank");
        assertThatThrownBy(() -> FloatingIpOptions.builder().fixedIpAddress("10.0.0.5").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fixedIpAddress needs a portId");
    }

    @Test
    void listOptionsKeepEveryFilterValueAndRefusePagingParametersAsFilters() {
        NeutronListOptions options = NeutronListOptions.builder().filter("id", "a").filter("id", "b")
                .filter("router:external", true).pageSize(50).marker("m").build();

        assertThat(options.filters()).isEqualTo(Map.of("id", List.of("a", "b"), "router:external", List.of("true")));
        assertThat(options.pageSize()).contains(50);
        assertThat(options.marker()).contains("m");
        assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
        assertThat(NeutronListOptions.defaults().filters()).isEmpty();
        assertThatThrownBy(() -> NeutronListOptions.builder().filter("limit", 5))
                .hasMessage("filter 'limit' is a paging parameter: use pageSize(...) instead");
        assertThatThrownBy(() -> NeutronListOptions.builder().filter("marker", "x"))
                .hasMessage("filter 'marker' is a paging parameter: use marker(...) instead");
        assertThatThrownBy(() -> NeutronListOptions.builder().pageSize(0)).hasMessage("pageSize must be 1 or more, was 0");
        assertThatThrownBy(() -> NeutronListOptions.builder().filter(" ", "x")).hasMessage("filter name must not be blank");
    }
}
