package org.cloudsdk.loadbalancer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.loadbalancer.ClbFixtures.EXAMPLE_LB;
import static org.cloudsdk.loadbalancer.ClbFixtures.LB_ID;
import static org.cloudsdk.loadbalancer.ClbStub.accepted;
import static org.cloudsdk.loadbalancer.ClbStub.path;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.http.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The balancer's features (the chapter's SSL Termination, Usage Data, Statistics, Health
 * Monitors, Session Persistence, Connection Logging, Access Lists, Error Pages, Content Caching,
 * and connection throttling): the exact request of each operation and what is read back; each
 * change is followed by the balancer's status read.
 */
class FeatureRequestsTest {

    private static final String LB = "/loadbalancers/" + LB_ID;
    private static final String CERT = "-----BEGIN CERTIFICATE-----\nMIIEXTCCA0W...Xy8=\n-----END CERTIFICATE-----";
    private static final String KEY = "-----BEGIN RSA PRIVATE KEY-----\nMII...s8Q==\n-----END RSA PRIVATE KEY-----";

    private final ClbStub stub = new ClbStub();
    private final CloudLoadBalancers clb = stub.clb;
    private LoadBalancer lb;

    @BeforeEach
    void balancer() {
        lb = new LoadBalancer(clb, Json.parse(EXAMPLE_LB).path("loadBalancer"));
        stub.status(LB_ID, "ACTIVE");
    }

    @AfterEach
    void close() {
        stub.close();
    }

    private void changeAccepted(com.github.tomakehurst.wiremock.client.MappingBuilder request) {
        stub.server.stubFor(request.willReturn(accepted()));
    }

    @Test
    void sslTerminationIsAddedUpdatedReadAndDeleted() {
        changeAccepted(put(urlEqualTo(path(LB + "/ssltermination"))));
        changeAccepted(delete(urlEqualTo(path(LB + "/ssltermination"))));
        stub.server.stubFor(get(urlEqualTo(path(LB + "/ssltermination"))).willReturn(okJson("""
                {"sslTermination": {"certificate": "%s", "enabled": true, "secureTrafficOnly": false,
                 "intermediateCertificate": "%s", "securePort": 443, "cipherProfile": "default",
                 "securityProtocols": [{"securityProtocolName": "TLS_10", "securityProtocolStatus": "DISABLED"},
                                       {"securityProtocolName": "TLS_11", "securityProtocolStatus": "ENABLED"}]}}
                """.formatted(CERT.replace("\n", "\\n"), CERT.replace("\n", "\\n")))));

        lb.addSslTermination(SslTerminationOptions.builder(443, KEY, CERT).enabled(true).secureTrafficOnly(false).build());
        lb.updateSslTermination(SslTerminationUpdate.builder().secureTrafficOnly(true).build());
        SslTermination ssl = lb.getSslTermination().orElseThrow();
        lb.deleteSslTermination();

        stub.server.verify(putRequestedFor(urlEqualTo(path(LB + "/ssltermination"))).withRequestBody(equalToJson("""
                {"sslTermination": {"securePort": 443, "privatekey": "%s", "certificate": "%s", "enabled": true,
                                    "secureTrafficOnly": false}}""".formatted(KEY.replace("\n", "\\n"),
                CERT.replace("\n", "\\n")))));
        stub.server.verify(putRequestedFor(urlEqualTo(path(LB + "/ssltermination"))).withRequestBody(equalToJson("""
                {"sslTermination": {"secureTrafficOnly": true}}""")));
        assertThat(ssl.securePort()).isEqualTo(443);
        assertThat(ssl.enabled()).isTrue();
        assertThat(ssl.certificate()).isEqualTo(CERT);
        assertThat(ssl.securityProtocols()).containsEntry("TLS_10", "DISABLED").containsEntry("TLS_11", "ENABLED");
        assertThat(stub.log()).containsExactly("PUT " + path(LB + "/ssltermination"), "GET " + path(LB),
                "PUT " + path(LB + "/ssltermination"), "GET " + path(LB), "GET " + path(LB + "/ssltermination"),
                "DELETE " + path(LB + "/ssltermination"), "GET " + path(LB));
        assertThat(SslTerminationOptions.builder(443, KEY, CERT).build().toString()).doesNotContain("RSA PRIVATE KEY");
    }

    @Test
    void aBalancerWithoutSslTerminationHasNone() {
        stub.server.stubFor(get(urlEqualTo(path(LB + "/ssltermination"))).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"message\": \"No SSL termination\", \"code\": 404}")));

        assertThat(lb.getSslTermination()).isEmpty();
    }

    @Test
    void usageTakesTheChaptersFourFormsOfTime() {
        stub.server.stubFor(get(urlPathEqualTo(path(LB + "/usage"))).willReturn(okJson("""
                {"loadBalancerUsageRecords": [{"id": 5213627, "averageNumConnections": 0.0, "averageNumConnectionsSsl": 0.0,
                  "incomingTransfer": 0, "incomingTransferSsl": 0, "outgoingTransfer": 0, "outgoingTransferSsl": 0,
                  "numVips": 1, "numPolls": 12, "startTime": "2012-10-15T13:00:00Z", "endTime": "2012-10-15T14:00:00Z",
                  "vipType": "PUBLIC", "sslMode": "OFF"}]}""")));

        List<UsageRecord> records = lb.getUsage(UsageOptions.builder().start(LocalDate.of(2012, 10, 15))
                .end(LocalDateTime.of(2012, 10, 15, 14, 0)).build());
        lb.getUsage(UsageOptions.builder().start("2012-10-15 13:00:00").end("2012-10-16").build());
        lb.getUsage(UsageOptions.builder().start(Instant.parse("2012-10-15T13:00:00.250Z")).build());
        lb.getUsage();

        // the transport encodes the colons of query values
        assertThat(stub.log()).containsExactly(
                "GET " + path(LB + "/usage?startTime=2012-10-15T00%3A00%3A00&endTime=2012-10-15T14%3A00%3A00"),
                "GET " + path(LB + "/usage?startTime=2012-10-15T13%3A00%3A00&endTime=2012-10-16T00%3A00%3A00"),
                "GET " + path(LB + "/usage?startTime=2012-10-15T13%3A00%3A00"),
                "GET " + path(LB + "/usage"));
        UsageRecord record = records.get(0);
        assertThat(record.id()).isEqualTo("5213627");
        assertThat(record.numPolls()).isEqualTo(12);
        assertThat(record.startTime()).isEqualTo(Instant.parse("2012-10-15T13:00:00Z"));
        assertThat(record.endTime()).isEqualTo(Instant.parse("2012-10-15T14:00:00Z"));
        assertThat(record.sslMode()).isEqualTo("OFF");
        assertThat(record.vipType()).isEqualTo("PUBLIC");
        assertThat(record.averageNumConnections()).isZero();
    }

    @Test
    void theAccountsUsageAndTheCurrentUsageAreRead() {
        stub.server.stubFor(get(urlPathEqualTo(path("/loadbalancers/usage"))).willReturn(okJson("""
                {"accountUsage": {"links": [], "accountUsageRecords": [
                    {"numLoadBalancers": 1, "numPublicVips": 1, "numServicenetVips": 0, "startTime": "2019-12-05T18:55:56Z"}]},
                 "loadBalancerUsages": [{"loadBalancerUsageRecords": [
                     {"averageNumConnections": 0.0, "numPolls": 2, "sslMode": "OFF", "outgoingTransfer": 0,
                      "incomingTransfer": 0, "numVips": 1, "endTime": "2019-12-05T19:00:00Z", "vipType": "PUBLIC",
                      "startTime": "2019-12-05T18:55:56Z", "eventType": "CREATE_LOADBALANCER", "id": 11007607}],
                   "links": [], "loadBalancerId": 331456, "loadBalancerName": "a-new-loadbalancer"}],
                 "accountId": 5806065}""")));
        stub.server.stubFor(get(urlEqualTo(path(LB + "/usage/current"))).willReturn(okJson("""
                {"loadBalancerUsageRecords": [{"id": 11007946, "numPolls": 12, "incomingTransfer": 710,
                  "outgoingTransfer": 89, "startTime": "2019-12-05T19:00:00Z", "endTime": "2019-12-05T20:00:00Z"}],
                 "links": []}""")));

        AccountUsage usage = clb.getAccountUsage(UsageOptions.builder().end("2019-12-06").build());
        List<UsageRecord> current = clb.getCurrentUsage(LB_ID);

        assertThat(usage.accountId()).isEqualTo("5806065");
        assertThat(usage.accountUsageRecords()).singleElement().satisfies(record -> {
            assertThat(record.numLoadBalancers()).isEqualTo(1);
            assertThat(record.startTime()).isEqualTo(Instant.parse("2019-12-05T18:55:56Z"));
        });
        assertThat(usage.loadBalancerUsages()).singleElement().satisfies(balancer -> {
            assertThat(balancer.loadBalancerId()).isEqualTo("331456");
            assertThat(balancer.loadBalancerUsageRecords()).singleElement()
                    .satisfies(record -> assertThat(record.eventType()).isEqualTo("CREATE_LOADBALANCER"));
        });
        assertThat(current).singleElement().satisfies(record -> assertThat(record.incomingTransfer()).isEqualTo(710));
        assertThat(stub.log()).containsExactly("GET " + path("/loadbalancers/usage?endTime=2019-12-06T00%3A00%3A00"),
                "GET " + path(LB + "/usage/current"));
    }

    @Test
    void statsAreRead() {
        stub.server.stubFor(get(urlEqualTo(path(LB + "/stats"))).willReturn(okJson("""
                {"connectError": 0, "connectFailure": 0, "connectTimeOut": 2, "dataTimedOut": 0,
                 "keepAliveTimedOut": 0, "maxConn": 14}""")));

        LoadBalancerStats stats = lb.getStats();

        assertThat(stats.connectTimeOut()).isEqualTo(2);
        assertThat(stats.maxConn()).isEqualTo(14);
        assertThat(stats.connectError()).isZero();
        assertThat(stats.currentConnSsl()).isNull();
    }

    @Test
    void healthMonitorsOfTheChapter() {
        changeAccepted(put(urlEqualTo(path(LB + "/healthmonitor"))));
        changeAccepted(delete(urlEqualTo(path(LB + "/healthmonitor"))));
        stub.server.stubFor(get(urlEqualTo(path(LB + "/healthmonitor"))).willReturn(okJson("""
                {"healthMonitor": {"type": "HTTP", "delay": 10, "timeout": 10, "attemptsBeforeDeactivation": 3,
                 "path": "/", "statusRegex": "^[234][0-9][0-9]$", "bodyRegex": ".* testing .*", "hostHeader": "example.com"}}""")));

        lb.addHealthMonitor(HealthMonitor.connect().delay(10).timeout(10).attemptsBeforeDeactivation(3).build());
        lb.addHealthMonitor(HealthMonitor.http("/", "^[234][0-9][0-9]$", ".* testing .*").hostHeader("example.com").build());
        HealthMonitor monitor = lb.getHealthMonitor().orElseThrow();
        lb.deleteHealthMonitor();

        stub.server.verify(putRequestedFor(urlEqualTo(path(LB + "/healthmonitor"))).withRequestBody(equalToJson("""
                {"healthMonitor": {"type": "CONNECT", "delay": 10, "timeout": 10, "attemptsBeforeDeactivation": 3}}""")));
        stub.server.verify(putRequestedFor(urlEqualTo(path(LB + "/healthmonitor"))).withRequestBody(equalToJson("""
                {"healthMonitor": {"type": "HTTP", "delay": 10, "timeout": 10, "attemptsBeforeDeactivation": 3,
                 "path": "/", "statusRegex": "^[234][0-9][0-9]$", "bodyRegex": ".* testing .*",
                 "hostHeader": "example.com"}}""")));
        assertThat(monitor).isEqualTo(HealthMonitor.http("/", "^[234][0-9][0-9]$", ".* testing .*")
                .hostHeader("example.com").build());
        assertThat(stub.log()).containsExactly("PUT " + path(LB + "/healthmonitor"), "GET " + path(LB),
                "PUT " + path(LB + "/healthmonitor"), "GET " + path(LB), "GET " + path(LB + "/healthmonitor"),
                "DELETE " + path(LB + "/healthmonitor"), "GET " + path(LB));
    }

    @Test
    void noHealthMonitorIsEmpty() {
        stub.server.stubFor(get(urlEqualTo(path(LB + "/healthmonitor"))).willReturn(okJson("{\"healthMonitor\": {}}")));

        assertThat(lb.getHealthMonitor()).isEmpty();
    }

    @Test
    void anHttpsMonitorOnAnHttpBalancerIsRefusedAsPyraxDid() {
        assertThatThrownBy(() -> lb.addHealthMonitor(HealthMonitor.https("/", "^2", "ok").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a HTTPS balancer")
                .hasMessageContaining("balances HTTP");
        assertThat(stub.log()).isEmpty();
    }

    @Test
    void sessionPersistenceIsReadSetAndDeleted() {
        stub.server.stubFor(get(urlEqualTo(path(LB + "/sessionpersistence"))).willReturn(okJson("""
                {"sessionPersistence": {"persistenceType": "HTTP_COOKIE"}}""")));
        changeAccepted(put(urlEqualTo(path(LB + "/sessionpersistence"))));
        changeAccepted(delete(urlEqualTo(path(LB + "/sessionpersistence"))));

        assertThat(lb.getSessionPersistence()).contains(PersistenceType.HTTP_COOKIE);
        lb.setSessionPersistence(PersistenceType.SOURCE_IP);
        lb.deleteSessionPersistence();

        stub.server.verify(putRequestedFor(urlEqualTo(path(LB + "/sessionpersistence"))).withRequestBody(equalToJson("""
                {"sessionPersistence": {"persistenceType": "SOURCE_IP"}}""")));
        assertThat(stub.log()).containsExactly("GET " + path(LB + "/sessionpersistence"),
                "PUT " + path(LB + "/sessionpersistence"), "GET " + path(LB),
                "DELETE " + path(LB + "/sessionpersistence"), "GET " + path(LB));
    }

    @Test
    void noSessionPersistenceIsEmpty() {
        stub.server.stubFor(get(urlEqualTo(path(LB + "/sessionpersistence"))).willReturn(okJson("{\"sessionPersistence\": {}}")));

        assertThat(lb.getSessionPersistence()).isEmpty();
    }

    @Test
    void connectionLoggingAndContentCachingAreSwitches() {
        stub.server.stubFor(get(urlEqualTo(path(LB + "/connectionlogging"))).willReturn(okJson("""
                {"connectionLogging": {"enabled": false}}""")));
        stub.server.stubFor(get(urlEqualTo(path(LB + "/contentcaching"))).willReturn(okJson("""
                {"contentCaching": {"enabled": true}}""")));
        changeAccepted(put(urlEqualTo(path(LB + "/connectionlogging"))));
        changeAccepted(put(urlEqualTo(path(LB + "/contentcaching"))));

        assertThat(lb.getConnectionLogging()).isFalse();
        lb.setConnectionLogging(true);
        assertThat(lb.getContentCaching()).isTrue();
        lb.setContentCaching(false);

        stub.server.verify(putRequestedFor(urlEqualTo(path(LB + "/connectionlogging"))).withRequestBody(equalToJson("""
                {"connectionLogging": {"enabled": true}}""")));
        stub.server.verify(putRequestedFor(urlEqualTo(path(LB + "/contentcaching"))).withRequestBody(equalToJson("""
                {"contentCaching": {"enabled": false}}""")));
        assertThat(stub.log()).containsExactly("GET " + path(LB + "/connectionlogging"), "PUT " + path(LB + "/connectionlogging"),
                "GET " + path(LB), "GET " + path(LB + "/contentcaching"), "PUT " + path(LB + "/contentcaching"), "GET " + path(LB));
    }

    @Test
    void connectionThrottlingIsReadAddedAndDeleted() {
        stub.server.stubFor(get(urlEqualTo(path(LB + "/connectionthrottle"))).willReturn(okJson("""
                {"connectionThrottle": {"maxConnections": 100, "minConnections": 10, "maxConnectionRate": 50,
                                        "rateInterval": 60}}""")));
        changeAccepted(put(urlEqualTo(path(LB + "/connectionthrottle"))));
        changeAccepted(delete(urlEqualTo(path(LB + "/connectionthrottle"))));

        ConnectionThrottle throttle = lb.getConnectionThrottle().orElseThrow();
        lb.addConnectionThrottle(ConnectionThrottle.builder().maxConnections(200).build());
        lb.deleteConnectionThrottle();

        assertThat(throttle).isEqualTo(ConnectionThrottle.builder().maxConnections(100).minConnections(10)
                .maxConnectionRate(50).rateInterval(60).build());
        stub.server.verify(putRequestedFor(urlEqualTo(path(LB + "/connectionthrottle"))).withRequestBody(equalToJson("""
                {"connectionThrottle": {"maxConnections": 200}}""")));
        assertThat(stub.log()).containsExactly("GET " + path(LB + "/connectionthrottle"),
                "PUT " + path(LB + "/connectionthrottle"), "GET " + path(LB),
                "DELETE " + path(LB + "/connectionthrottle"), "GET " + path(LB));
    }

    @Test
    void noConnectionThrottleIsEmpty() {
        stub.server.stubFor(get(urlEqualTo(path(LB + "/connectionthrottle"))).willReturn(okJson("{\"connectionThrottle\": {}}")));

        assertThat(lb.getConnectionThrottle()).isEmpty();
    }

    @Test
    void theChaptersAccessList() {
        stub.server.stubFor(get(urlEqualTo(path(LB + "/accesslist"))).willReturn(okJson("""
                {"accessList": [{"address": "0.0.0.0/0", "id": 19019, "type": "DENY"},
                                {"address": "10.20.30.40", "id": 19021, "type": "ALLOW"}]}""")));
        changeAccepted(post(urlEqualTo(path(LB + "/accesslist"))));
        changeAccepted(delete(urlEqualTo(path(LB + "/accesslist?id=19021"))));
        changeAccepted(delete(urlEqualTo(path(LB + "/accesslist"))));

        lb.addAccessList(List.of(NetworkItem.allow("10.20.30.40"), NetworkItem.deny("0.0.0.0/0")));
        List<NetworkItem> after = lb.getAccessList();
        lb.deleteAccessListItem("19021");
        lb.deleteAccessList();

        stub.server.verify(postRequestedFor(urlEqualTo(path(LB + "/accesslist"))).withRequestBody(equalToJson("""
                {"accessList": [{"address": "10.20.30.40", "type": "ALLOW"}, {"address": "0.0.0.0/0", "type": "DENY"}]}""")));
        assertThat(after).hasToString("[NetworkItem[id=19019, address=0.0.0.0/0, type=DENY],"
                + " NetworkItem[id=19021, address=10.20.30.40, type=ALLOW]]");
        assertThat(stub.log()).containsExactly("POST " + path(LB + "/accesslist"), "GET " + path(LB),
                "GET " + path(LB + "/accesslist"),
                "GET " + path(LB + "/accesslist"), "DELETE " + path(LB + "/accesslist?id=19021"), "GET " + path(LB),
                "DELETE " + path(LB + "/accesslist"), "GET " + path(LB));
    }

    @Test
    void deletingAnItemTheAccessListDoesNotHoldDeletesNothing() {
        stub.server.stubFor(get(urlEqualTo(path(LB + "/accesslist"))).willReturn(okJson("""
                {"accessList": [{"address": "0.0.0.0/0", "id": 19019, "type": "DENY"}]}""")));

        assertThatThrownBy(() -> lb.deleteAccessListItems(List.of("19019", "42"))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no item 42");
        assertThat(stub.log()).containsExactly("GET " + path(LB + "/accesslist"));
    }

    @Test
    void theErrorPageIsReadSetAndCleared() {
        stub.server.stubFor(get(urlEqualTo(path(LB + "/errorpage"))).willReturn(okJson("""
                {"errorpage": {"content": "<html><body>Service Unavailable</body></html>"}}""")));
        changeAccepted(put(urlEqualTo(path(LB + "/errorpage"))));
        changeAccepted(delete(urlEqualTo(path(LB + "/errorpage"))));

        assertThat(lb.getErrorPage()).isEqualTo("<html><body>Service Unavailable</body></html>");
        lb.setErrorPage("<html><body>Sorry, something is amiss!</body></html>");
        lb.clearErrorPage();

        stub.server.verify(putRequestedFor(urlEqualTo(path(LB + "/errorpage"))).withRequestBody(equalToJson("""
                {"errorpage": {"content": "<html><body>Sorry, something is amiss!</body></html>"}}""")));
        assertThat(stub.log()).containsExactly("GET " + path(LB + "/errorpage"), "PUT " + path(LB + "/errorpage"),
                "GET " + path(LB), "DELETE " + path(LB + "/errorpage"), "GET " + path(LB));
    }
}
