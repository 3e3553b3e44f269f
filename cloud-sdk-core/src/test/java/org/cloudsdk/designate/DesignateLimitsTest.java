package org.cloudsdk.designate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.designate.DesignateFixtures.RECORDSET_ID;
import static org.cloudsdk.designate.DesignateFixtures.ZONE_ID;

import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of Designate's API refused before any request: each call below is made against the
 * stub, which must have received nothing, with a message naming the parameter.
 */
class DesignateLimitsTest {

    private final DesignateStub dns = new DesignateStub();
    private final Designate designate = dns.designate();

    @AfterEach
    void nothingWasSent() {
        assertThat(dns.requests()).as("requests sent").isEmpty();
        dns.close();
    }

    static Stream<Arguments> badRecords() {
        return Stream.of(
                Arguments.of(RecordType.A, "192.0.2.256", "records[0] of an A record set must be an IPv4 address"),
                Arguments.of(RecordType.A, "www.example.org.", "IPv4"),
                Arguments.of(RecordType.A, "2001:db8::1", "IPv4"),
                Arguments.of(RecordType.AAAA, "192.0.2.1", "records[0] of an AAAA record set must be an IPv6 address"),
                Arguments.of(RecordType.AAAA, "2001:db8::g", "IPv6"),
                Arguments.of(RecordType.AAAA, "localhost", "IPv6"),
                Arguments.of(RecordType.CNAME, "www.example.org", "must be fully qualified and end with a dot"),
                Arguments.of(RecordType.NS, "ns1..example.org.", "labels of 1 to 63"),
                Arguments.of(RecordType.PTR, "-bad.example.org.", "labels of 1 to 63"),
                Arguments.of(RecordType.MX, "mail.example.org.", "must be 'priority name.'"),
                Arguments.of(RecordType.MX, "65536 mail.example.org.", "priority must be an integer 0 to 65535"),
                Arguments.of(RecordType.MX, "010 mail.example.org.", "priority must be an integer 0 to 65535"),
                Arguments.of(RecordType.MX, "10 mail.example.org", "mail server must be fully qualified"),
                Arguments.of(RecordType.SRV, "10 0 5060", "must be 'priority weight port target.'"),
                Arguments.of(RecordType.SRV, "10 0 70000 sip.example.org.", "port must be an integer 0 to 65535"),
                Arguments.of(RecordType.SRV, "10 -1 5060 sip.example.org.", "weight must be an integer 0 to 65535"),
                Arguments.of(RecordType.TXT, "two words", "holds spaces: wrap it in double quotes"),
                Arguments.of(RecordType.TXT, "\"open", "double quote at one end only"),
                Arguments.of(RecordType.TXT, "\"say \"hi\"\"", "not escaped with a backslash"),
                Arguments.of(RecordType.TXT, "ends\\", "must not end with '\\'"),
                Arguments.of(RecordType.TXT, "x".repeat(256), "split it into double-quoted strings"),
                Arguments.of(RecordType.TXT, "\"" + "x".repeat(254) + "\" \"" + "y".repeat(300) + "\"",
                        "each string of a TXT record is at most 255 characters"),
                Arguments.of(RecordType.TXT, "line\nbreak", "must not hold a newline"),
                Arguments.of(RecordType.SPF, "v=spf1 +all", "holds spaces"),
                Arguments.of(RecordType.CAA, "0 issue", "must be 'flags tag value'"),
                Arguments.of(RecordType.CAA, "2 issue letsencrypt.org", "flags must be 0 or 1"),
                Arguments.of(RecordType.CAA, "0 policy letsencrypt.org", "tag must be issue, issuewild or iodef"),
                Arguments.of(RecordType.CAA, "0 iodef security@example.org", "mailto: or http(s)://"),
                Arguments.of(RecordType.SSHFP, "5 1 0123456789abcdef", "algorithm must be an integer 0 to 4"),
                Arguments.of(RecordType.SSHFP, "1 3 0123456789abcdef", "fingerprint type must be an integer 0 to 2"),
                Arguments.of(RecordType.SSHFP, "1 1 xyz", "fingerprint must be 10 to 40 or 64 hexadecimal digits"),
                Arguments.of(RecordType.SOA, "ns1.example.org. hostmaster.example.org. 1 2 3 4 5", "SOA is managed"),
                Arguments.of(RecordType.UNKNOWN, "x", "type must be one of"));
    }

    @ParameterizedTest
    @MethodSource("badRecords")
    void recordDataIsCheckedAgainstItsType(RecordType type, String record, String message) {
        String name = type == RecordType.SRV ? "_sip._tcp.example.org." : "www.example.org.";
        assertThatThrownBy(() -> designate.createRecordSet(ZONE_ID, name, type, List.of(record)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
        assertThatThrownBy(() -> RecordSetUpdateOptions.builder().records(type, List.of(record)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    static Stream<Arguments> badCalls() {
        return Stream.of(
                call("name", "must be fully qualified and end with a dot", x -> x.createZone("example.org", "a@example.org")),
                call("name", "labels of 1 to 63", x -> x.createZone("*.example.org.", "a@example.org")),
                call("name", "labels of 1 to 63", x -> x.createZone("a".repeat(64) + ".org.", "a@example.org")),
                call("name", "at most 254 characters", x -> x.createZone(("a".repeat(60) + ".").repeat(5), "a@example.org")),
                call("email", "exactly one '@'", x -> x.createZone("example.org.", "hostmaster.example.org")),
                call("email", "exactly one '@'", x -> x.createZone("example.org.", "a@b@example.org")),
                call("email", "such as hostmaster@example.com", x -> x.createZone("example.org.", "host master@example.org")),
                call("email", "must not be blank", x -> x.createZone("example.org.", " ")),
                call("masters", "at least one server", x -> x.createSecondaryZone("example.org.", List.of())),
                call("masters[0]", "IPv4 address with an optional :port", x -> x.createSecondaryZone("example.org.",
                        List.of("ns1.example.org"))),
                call("masters[0]", "IPv4 address with an optional :port", x -> x.createSecondaryZone("example.org.",
                        List.of("192.0.2.1:70000"))),
                call("options", "change nothing", x -> x.updateZone(ZONE_ID, ZoneUpdateOptions.builder().build())),
                call("zoneId", "without '/'", x -> x.getZone("a/b")),
                call("zoneId", "must not be blank", x -> x.deleteZone("")),
                call("records", "at least one record", x -> x.createRecordSet(ZONE_ID, "www.example.org.", RecordType.A,
                        List.of())),
                call("records", "exactly one record", x -> x.createRecordSet(ZONE_ID, "www.example.org.", RecordType.CNAME,
                        List.of("a.example.org.", "b.example.org."))),
                call("name", "_service._protocol.name.", x -> x.createRecordSet(ZONE_ID, "sip.example.org.", RecordType.SRV,
                        List.of("10 0 5060 sip.example.org."))),
                call("name", "must be fully qualified", x -> x.createRecordSet(ZONE_ID, "www", RecordType.A,
                        List.of("192.0.2.1"))),
                call("name", "labels of 1 to 63", x -> x.createRecordSet(ZONE_ID, "*.example.org.", RecordType.NS,
                        List.of("ns1.example.org."))),
                call("options", "change nothing", x -> x.updateRecordSet(ZONE_ID, RECORDSET_ID,
                        RecordSetUpdateOptions.builder().build())),
                call("zoneFile", "must not be blank", x -> x.importZone("  ")),
                call("ptrdname", "must be fully qualified", x -> x.setFloatingIpPtr("RegionOne", "fip", "smtp.example.org")),
                call("region", "without ':' or '/'", x -> x.setFloatingIpPtr("Region:One", "fip", "smtp.example.org.")),
                call("description", "at most 160 characters", x -> x.createTransferRequest(ZONE_ID, null, "d".repeat(161))),
                call("zoneName", "must be fully qualified", x -> x.listSubzones("example.org")),
                call("name", "must be fully qualified", x -> x.findZone("example.org")));
    }

    private static Arguments call(String parameter, String message, java.util.function.Consumer<Designate> call) {
        return Arguments.of(parameter, message, call);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badCalls")
    void badArgumentsAreRefusedNamingTheParameter(String parameter, String message,
            java.util.function.Consumer<Designate> call) {
        assertThatThrownBy(() -> call.accept(designate)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(parameter).hasMessageContaining(message);
    }

    @Test
    void optionsRefuseOutOfRangeValues() {
        expect(() -> ZoneCreateOptions.builder().ttl(-1), "ttl must be 0 to 2147483647 seconds, was -1");
        expect(() -> ZoneCreateOptions.builder().ttl(2147483648L), "ttl must be 0 to 2147483647 seconds");
        expect(() -> ZoneCreateOptions.builder().description("d".repeat(161)), "description must be at most 160");
        expect(() -> ZoneUpdateOptions.builder().email("nobody"), "email must be an e-mail address");
        expect(() -> ZoneUpdateOptions.builder().ttl(-5), "ttl must be 0 to 2147483647");
        expect(() -> RecordSetCreateOptions.builder().ttl(-1), "ttl must be 0 to 2147483647");
        expect(() -> RecordSetUpdateOptions.builder().description("d".repeat(161)), "description must be at most 160");
        expect(() -> FloatingIpPtrOptions.builder().ttl(-1), "ttl must be 0 to 2147483647");
        expect(() -> ZoneListOptions.builder().limit(0), "limit must be 1 to 1000, was 0");
        expect(() -> ZoneListOptions.builder().limit(1001), "limit must be 1 to 1000, was 1001");
        expect(() -> RecordSetListOptions.builder().limit(1001), "limit must be 1 to 1000");
        expect(() -> ZoneListOptions.builder().status(DesignateStatus.UNKNOWN), "status must be");
        expect(() -> ZoneListOptions.builder().type(ZoneType.UNKNOWN), "type must be");
        expect(() -> RecordSetListOptions.builder().type(RecordType.UNKNOWN), "type must be");
        expect(() -> ZoneListOptions.builder().name(" "), "name must not be blank");
    }

    @Test
    void theRulesAcceptWhatDesignateAccepts() {
        assertThatCode(() -> {
            DnsNames.domain("a".repeat(63) + ".example.org.", "name");
            DnsNames.domain("_dmarc.example.org.", "name");
            DnsNames.host("*.example.org.", "name");
            DnsNames.email("host_master-1@sub.example.org", "email");
            RecordData.check(RecordType.TXT, List.of("\"" + "x".repeat(200) + "\" \"" + "y".repeat(200) + "\""), "r");
            RecordData.check(RecordType.TXT, List.of("\"say \\\"hi\\\"\""), "r");
            RecordData.check(RecordType.CAA, List.of("0 iodef https://example.org/report"), "r");
            RecordData.check(RecordType.SSHFP, List.of("4 2 " + "a".repeat(64)), "r");
            RecordData.check(RecordType.AAAA, List.of("::ffff:192.0.2.1", "2001:db8::"), "r");
            RecordData.check(RecordType.MX, List.of("0 example.org."), "r");
            Designate.pageSize(1000);
        }).doesNotThrowAnyException();
    }

    private static void expect(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
}
