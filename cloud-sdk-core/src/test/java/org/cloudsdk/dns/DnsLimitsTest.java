package org.cloudsdk.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every documented rule is refused before any request: the stub must have received nothing. */
class DnsLimitsTest {

    private final DnsStub dns = new DnsStub();
    private final CloudDns client = dns.dns();

    @AfterEach
    void nothingWasSent() {
        assertThat(dns.log()).isEmpty();
        dns.close();
    }

    private static void refused(Runnable call, String message) {
        assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void domainRules() {
        refused(() -> NewDomain.builder("example.edu", "sample@example.edu").ttl(299), "ttl must be at least 300 seconds, was 299");
        refused(() -> NewDomain.builder("example.edu", "sample@example.edu").comment("x".repeat(161)),
                "comment must be at most 160 characters, was 161");
        refused(() -> NewDomain.of("example edu", "sample@example.edu"), "name must be a valid domain name");
        refused(() -> NewDomain.of("-bad.example.edu", "sample@example.edu"), "name must be a valid domain name");
        refused(() -> NewDomain.of("example.edu", "sample.example.edu"), "emailAddress must be an email address");
        refused(() -> DomainUpdate.builder().build(), "at least one of emailAddress, ttl or comment");
        refused(() -> DomainUpdate.builder().ttl(60), "ttl must be at least 300");
        refused(() -> client.changesSince("1", "yesterday"), "since must be");
        refused(() -> client.importDomain(" "), "bind9 must not be blank");
        assertThat(NewDomain.builder("example.edu", "sample@example.edu").comment("x".repeat(160)).ttl(300).build().ttl())
                .isEqualTo(300);
        assertThat(NewDomain.of("example.edu", "a@b.edu").ttl()).isEqualTo(3600);
    }

    @Test
    void pagingRules() {
        refused(() -> client.list(0), "limit must be 1 to 100, was 0");
        refused(() -> client.list(101), "limit must be 1 to 100, was 101");
        refused(() -> client.list(10, 15), "offset must be a multiple of the limit (10), was 15");
        refused(() -> client.list(10, -10), "offset must be 0 or more, was -10");
        refused(() -> client.listRecords("1", 4, 6), "offset must be a multiple of the limit (4), was 6");
        refused(() -> client.listSubdomains("1", 200, 0), "limit must be 1 to 100, was 200");
    }

    @Test
    void priorityRules() {
        refused(() -> NewRecord.of(RecordType.MX, "example.edu", "mail.example.edu"), "priority is required for MX records");
        refused(() -> NewRecord.builder(RecordType.SRV, "_sip._tcp.example.edu", "1 5060 sip.example.edu").build(),
                "priority is required for SRV records");
        refused(() -> NewRecord.builder(RecordType.A, "example.edu", "192.0.2.7").priority(10).build(),
                "priority is only allowed for MX and SRV records, not for A records");
        refused(() -> NewRecord.builder(RecordType.MX, "example.edu", "mail.example.edu").priority(65536),
                "priority must be 0 to 65535, was 65536");
        refused(() -> NewRecord.builder(RecordType.MX, "example.edu", "mail.example.edu").priority(-1),
                "priority must be 0 to 65535, was -1");
        assertThat(NewRecord.builder(RecordType.SRV, "_sip._tcp.example.edu", "1 5060 sip.example.edu").priority(0)
                .build().priority()).contains(0);
        assertThat(NewRecord.builder(RecordType.MX, "example.edu", "mail.example.edu").priority(65535).build()
                .priority()).contains(65535);
    }

    @Test
    void recordRules() {
        refused(() -> NewRecord.builder(RecordType.A, "example.edu", "192.0.2.7").ttl(299), "ttl must be at least 300");
        refused(() -> NewRecord.builder(RecordType.A, "example.edu", "192.0.2.7").comment("c".repeat(161)),
                "comment must be at most 160 characters");
        refused(() -> NewRecord.of(RecordType.A, "example.edu", "2001:db8::7"), "data of A records must be an IPv4 address");
        refused(() -> NewRecord.of(RecordType.AAAA, "example.edu", "192.0.2.7"), "data of AAAA records must be an IPv6");
        refused(() -> NewRecord.of(RecordType.PTR, "example.edu", "host.example.edu"), "data of PTR records must be");
        refused(() -> NewRecord.of(RecordType.CNAME, "www.example.edu", "not a name"), "data must be a valid domain name");
        refused(() -> NewRecord.of(RecordType.UNKNOWN, "example.edu", "x"), "type must be one of");
        refused(() -> NewRecord.of(RecordType.TXT, "example..edu", "text"), "name must be a valid domain name");
        refused(() -> RecordUpdate.builder().build(), "at least one of data, priority, ttl or comment");
        refused(() -> client.addRecords("1", List.of()), "records must hold at least one record");
        refused(() -> client.deleteRecords("1", List.of()), "recordIds must name at least one record");
        refused(() -> client.updateRecords("1", java.util.Map.of()), "updates must name at least one record");
        assertThat(NewRecord.builder(RecordType.A, "*.example.edu", "192.0.2.7").ttl(300).build().ttl()).contains(300);
        assertThat(NewRecord.of(RecordType.TXT, "_dmarc.example.edu", "v=DMARC1; p=none").data()).startsWith("v=DMARC1");
    }

    @Test
    void settingsRules() {
        refused(() -> DnsSettings.builder().timeout(Duration.ofSeconds(-1)), "timeout must be 0 (no limit) or more");
        refused(() -> DnsSettings.builder().delay(Duration.ZERO), "delay must be a positive duration");
        assertThat(DnsSettings.defaults().timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(DnsSettings.defaults().delay()).isEqualTo(Duration.ofMillis(500));
        DnsSettings patient = DnsSettings.builder().timeout(Duration.ZERO).delay(Duration.ofSeconds(2)).build();
        assertThat(patient.toBuilder().build()).isEqualTo(patient).hasSameHashCodeAs(patient);
        assertThat(client.withSettings(patient).settings()).isEqualTo(patient);
        assertThat(client.withTimeout(Duration.ofSeconds(9)).settings().timeout()).isEqualTo(Duration.ofSeconds(9));
        assertThat(client.withDelay(Duration.ofSeconds(3)).settings().delay()).isEqualTo(Duration.ofSeconds(3));
        assertThat(client.settings()).isEqualTo(DnsStub.FAST);
    }
}
