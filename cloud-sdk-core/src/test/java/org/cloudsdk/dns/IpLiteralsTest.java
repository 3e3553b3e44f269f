package org.cloudsdk.dns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Address literals are recognized without any name lookup: A, AAAA and PTR data, PTR addresses. */
class IpLiteralsTest {

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.7", "0.0.0.0", "255.255.255.255"})
    void ipv4Literals(String address) {
        assertThat(IpLiterals.isIpv4(address)).isTrue();
        assertThat(IpLiterals.isIpv6(address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8::7", "::1", "::", "fe80::1:2:3:4", "2001:0db8:0000:0000:0000:ff00:0042:8329",
            "::ffff:192.0.2.7", "1:2:3:4:5:6:7::"})
    void ipv6Literals(String address) {
        assertThat(IpLiterals.isIpv6(address)).isTrue();
        assertThat(IpLiterals.isIpv4(address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "1.2.3", "01.2.3.4", "1.2.3.4.5", "a.b.c.d", "2001:db8:::7", "1::2::3",
            "12345::1", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "::g", "example.edu", ":1:2:3:4:5:6:7", "1.2.3.4:80"})
    void notAddresses(String text) {
        assertThat(IpLiterals.isIpv4(text) || IpLiterals.isIpv6(text)).isFalse();
    }
}
