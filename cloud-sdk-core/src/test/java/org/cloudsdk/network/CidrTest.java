package org.cloudsdk.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The CIDR check of {@code create(label, cidr)} and of subnets: what passes, and what each refusal says. */
class CidrTest {

    @ParameterizedTest
    @CsvSource({
        "192.168.0.0/24, 4, 24",
        "10.0.0.0/8, 4, 8",
        "0.0.0.0/0, 4, 0",
        "172.16.4.0/30, 4, 30",
        "fd00:1::/64, 6, 64",
        "2001:db8:abcd:12::/64, 6, 64",
        "::/0, 6, 0",
        "FD00:0:0:0:0:0:0:0/8, 6, 8",
        "::ffff:10.0.0.0/104, 6, 104",
        "fd00::4/126, 6, 126"})
    void networkAddressesWithRoomForTwoHostsPass(String text, int version, int prefix) {
        Cidr cidr = Cidr.parse(text, "cidr");

        assertThat(cidr.ipVersion()).isEqualTo(version);
        assertThat(cidr.prefix()).isEqualTo(prefix);
        assertThat(cidr.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.0.0", "192.168.0.0/", "/24", "192.168.0/24", "192.168.0.256/24",
        "192.168.00.0/24", "192.168.0.0/33", "192.168.0.0/-1", "192.168.0.0/24/1", "my.host.example/24",
        "fd00:::1/64", "fd00::1::/64", "fd00:12345::/64", "1:2:3:4:5:6:7:8:9/64", "1:2:3:4:5:6:7/64",
        "fd00::/129", "fd00::%eth0/64", "", "192.168.0.0/ 24"})
    void malformedRangesAreRefusedNamingTheParameter(String text) {
        assertThatThrownBy(() -> Cidr.parse(text, "cidr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cidr '" + text + "' is not a valid CIDR");
    }

    @ParameterizedTest
    @CsvSource({"192.168.0.1/24, 192.168.0.0/24", "10.1.2.3/8, 10.0.0.0/8", "fd00::1/64, fd00:0:0:0:0:0:0:0/64"})
    void hostBitsAreRefusedWithTheNetworkAddress(String text, String network) {
        assertThatThrownBy(() -> Cidr.parse(text, "cidr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("host bits are set; the network is " + network);
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.0.0/31", "192.168.0.1/32", "fd00::/127", "fd00::1/128"})
    void aNetworkNeedsTwoHostsOrMore(String text) {
        assertThatThrownBy(() -> Cidr.parse(text, "cidr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two or more hosts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.7/32", "0.0.0.0/0", "10.1.2.3/8", "fd00::1/128"})
    void aRulesPrefixNeedsNoRoomForHosts(String text) {
        assertThat(Cidr.prefix(text, "remoteIpPrefix").text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.7", "anywhere", "::/200"})
    void aRulesPrefixIsStillAPrefix(String text) {
        assertThatThrownBy(() -> Cidr.prefix(text, "remoteIpPrefix")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("remoteIpPrefix '" + text + "'");
    }
}
