package org.cloudsdk.octavia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.octavia.OctaviaFixtures.LB_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.LISTENER_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.POLICY_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.POOL_ID;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every limit of Octavia's API reference is refused before any request, with a message naming the
 * parameter and what was expected; the server never hears of it.
 */
class OctaviaLimitsTest {

    private final OctaviaStub cloud = new OctaviaStub();
    private final Octavia octavia = cloud.octavia();

    @AfterEach
    void nothingWasSent() {
        assertThat(cloud.log()).isEmpty();
        assertThat(cloud.versionReads()).isZero();
        cloud.close();
    }

    private static void refused(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void namesDescriptionsTagsAndIdsAreChecked() {
        String long256 = "x".repeat(256);
        refused(() -> LoadBalancerOptions.builder().name(long256), "name must be at most 255 characters, was 256");
        refused(() -> LoadBalancerOptions.builder().description(long256), "description must be at most 255");
        refused(() -> LoadBalancerOptions.builder().tags(List.of("")), "tags must hold tags of 1 to 255 characters");
        refused(() -> ListenerOptions.builder().tags(List.of(long256)), "tags must hold tags of 1 to 255");
        refused(() -> LoadBalancerOptions.builder().flavorId("basic"), "flavorId must be a UUID");
        refused(() -> LoadBalancerOptions.builder().provider("p".repeat(65)), "provider must be at most 64");
        refused(() -> Vip.subnet("not-a-uuid"), "subnetId must be a UUID");
        refused(() -> Vip.network(""), "networkId must be a UUID");
        refused(() -> Vip.subnet(OctaviaFixtures.SUBNET_ID).withAddress("203.0.113.256"),
                "address must be an IPv4 or IPv6 address");
        refused(() -> Vip.port(OctaviaFixtures.PORT_ID).withAddress("203.0.113.5"), "cannot be given with a VIP port");
        refused(() -> octavia.loadBalancers().get(" "), "id must not be blank");
        refused(() -> octavia.members().list(""), "poolId must not be blank");
        assertThatCode(() -> Vip.subnet(OctaviaFixtures.SUBNET_ID).withAddress("2001:db8::1:0:0:1"))
                .doesNotThrowAnyException();
    }

    @Test
    void aBalancerUpdateCannotChangeWhatCreationFixed() {
        refused(() -> octavia.loadBalancers().update(LB_ID, LoadBalancerOptions.builder()
                .flavorId(OctaviaFixtures.FLAVOR_ID).build()), "flavorId is fixed when a load balancer is created");
        refused(() -> octavia.loadBalancers().update(LB_ID, LoadBalancerOptions.builder().availabilityZone("az")
                .build()), "availabilityZone is fixed");
    }

    @Test
    void listenerLimitsAreChecked() {
        refused(() -> octavia.listeners().create(LB_ID, ListenerProtocol.HTTP, 0, ListenerOptions.defaults()),
                "protocolPort must be 1 to 65535, was 0");
        refused(() -> octavia.listeners().create(LB_ID, ListenerProtocol.HTTP, 65_536, ListenerOptions.defaults()),
                "protocolPort must be 1 to 65535, was 65536");
        refused(() -> octavia.listeners().create("lb", ListenerProtocol.HTTP, 80, ListenerOptions.defaults()),
                "loadBalancerId must be a UUID");
        refused(() -> octavia.listeners().create(LB_ID, ListenerProtocol.UNKNOWN, 80, ListenerOptions.defaults()),
                "UNKNOWN is what the SDK reads");
        refused(() -> octavia.listeners().create(LB_ID, ListenerProtocol.TERMINATED_HTTPS, 443,
                ListenerOptions.defaults()), "a TERMINATED_HTTPS listener needs defaultTlsContainerRef");
        refused(() -> octavia.listeners().create(LB_ID, ListenerProtocol.HTTP, 80, ListenerOptions.builder()
                .noDefaultPool().build()), "noDefaultPool() is for updates");
        refused(() -> ListenerOptions.builder().connectionLimit(0), "connectionLimit must be -1 (no limit) or 1 or more");
        refused(() -> ListenerOptions.builder().connectionLimit(-2), "connectionLimit must be -1");
        refused(() -> ListenerOptions.builder().timeoutClientData(Duration.ofMillis(-1)),
                "timeoutClientData must be 0 to 2073600000 milliseconds");
        refused(() -> ListenerOptions.builder().timeoutMemberData(Duration.ofDays(25)), "timeoutMemberData must be 0 to");
        refused(() -> ListenerOptions.builder().allowedCidrs(List.of("192.0.2.0/33")), "allowedCidrs must be an IPv4"
                + " or IPv6 CIDR");
        refused(() -> ListenerOptions.builder().allowedCidrs(List.of("192.0.2.0")), "allowedCidrs must be");
        refused(() -> ListenerOptions.builder().insertHeaders(Map.of("X-Forwarded-For", "t".repeat(256))),
                "insertHeaders 'X-Forwarded-For' must be at most 255");
        refused(() -> ListenerOptions.builder().defaultPoolId("pool"), "defaultPoolId must be a UUID");
        assertThatCode(() -> ListenerOptions.builder().connectionLimit(-1).timeoutTcpInspect(Duration.ofDays(24))
                .allowedCidrs(List.of("::/0", "2001:db8::/128"))).doesNotThrowAnyException();
    }

    @Test
    void poolLimitsAreChecked() {
        refused(() -> octavia.pools().createForListener(LISTENER_ID, PoolProtocol.HTTP, LbAlgorithm.ROUND_ROBIN,
                PoolOptions.builder().lbAlgorithm(LbAlgorithm.SOURCE_IP).build()), "lbAlgorithm is for updates");
        refused(() -> octavia.pools().createForListener(LISTENER_ID, PoolProtocol.HTTP, LbAlgorithm.UNKNOWN,
                PoolOptions.defaults()), "LbAlgorithm.UNKNOWN");
        refused(() -> octavia.pools().createForLoadBalancer(LB_ID, PoolProtocol.TCP, LbAlgorithm.SOURCE_IP,
                PoolOptions.builder().sessionPersistence(SessionPersistence.sourceIp().withTimeout(30)).build()),
                "apply to UDP and SCTP pools only, not TCP");
        refused(() -> octavia.pools().createForLoadBalancer(LB_ID, PoolProtocol.TCP, LbAlgorithm.SOURCE_IP,
                PoolOptions.builder().noSessionPersistence().build()), "noSessionPersistence() is for updates");
        refused(() -> SessionPersistence.appCookie("my cookie"), "cookieName must not be empty nor hold white space");
        refused(() -> SessionPersistence.appCookie("a;b"), "cookieName must not");
        refused(() -> SessionPersistence.appCookie("c".repeat(256)), "cookieName must be at most 255");
        refused(() -> SessionPersistence.httpCookie().withTimeout(10), "persistenceTimeout applies to SOURCE_IP");
        refused(() -> SessionPersistence.sourceIp().withTimeout(0), "persistenceTimeout must be 1 second or more");
        refused(() -> SessionPersistence.sourceIp().withGranularity("255.255.255"), "persistenceGranularity must be"
                + " an IPv4 or IPv6 address");
        refused(() -> octavia.pools().createForListener("l", PoolProtocol.HTTP, LbAlgorithm.ROUND_ROBIN,
                PoolOptions.defaults()), "listenerId must be a UUID");
    }

    @Test
    void memberLimitsAreChecked() {
        refused(() -> MemberOptions.builder().weight(-1), "weight must be 0 to 256, was -1");
        refused(() -> MemberOptions.builder().weight(257), "weight must be 0 to 256, was 257");
        refused(() -> MemberOptions.builder().monitorPort(0), "monitorPort must be 1 to 65535");
        refused(() -> MemberOptions.builder().monitorAddress("host.example"), "monitorAddress must be an IPv4 or IPv6");
        refused(() -> MemberOptions.builder().subnetId("subnet"), "subnetId must be a UUID");
        refused(() -> octavia.members().create(POOL_ID, "192.0.2.1", 70_000, MemberOptions.defaults()),
                "protocolPort must be 1 to 65535, was 70000");
        refused(() -> octavia.members().create(POOL_ID, "web-1", 80, MemberOptions.defaults()),
                "address must be an IPv4 or IPv6 address, was 'web-1'");
        refused(() -> octavia.members().update(POOL_ID, "m", MemberOptions.builder()
                .subnetId(OctaviaFixtures.SUBNET_ID).build()), "subnetId is fixed when a member is created");
        refused(() -> MemberSpec.of("1:2:3:4:5:6:7:8:9", 80), "address must be");
        assertThatCode(() -> MemberOptions.builder().weight(0).weight(256).monitorPort(65_535))
                .doesNotThrowAnyException();
    }

    @Test
    void healthMonitorLimitsAreChecked() {
        HealthMonitorOptions none = HealthMonitorOptions.defaults();
        refused(() -> octavia.healthMonitors().create(POOL_ID, HealthMonitorType.TCP, 5, 6, 3, none),
                "timeout (6 s) must not be longer than delay (5 s)");
        refused(() -> octavia.healthMonitors().create(POOL_ID, HealthMonitorType.TCP, -1, 0, 3, none),
                "delay and timeout must be 0 seconds or more");
        refused(() -> octavia.healthMonitors().create(POOL_ID, HealthMonitorType.TCP, 5, 5, 0, none),
                "maxRetries must be 1 to 10, was 0");
        refused(() -> octavia.healthMonitors().create(POOL_ID, HealthMonitorType.TCP, 5, 5, 11, none),
                "maxRetries must be 1 to 10, was 11");
        refused(() -> octavia.healthMonitors().create(POOL_ID, HealthMonitorType.PING, 5, 5, 3, HealthMonitorOptions
                .builder().urlPath("/").build()), "apply to HTTP and HTTPS monitors only, not PING");
        refused(() -> octavia.healthMonitors().create(POOL_ID, HealthMonitorType.HTTP, 5, 5, 3, HealthMonitorOptions
                .builder().delay(5).build()), "the options' delay is for updates");
        refused(() -> HealthMonitorOptions.builder().maxRetriesDown(0), "maxRetriesDown must be 1 to 10, was 0");
        refused(() -> HealthMonitorOptions.builder().maxRetriesDown(11), "maxRetriesDown must be 1 to 10");
        refused(() -> HealthMonitorOptions.builder().urlPath("health"), "urlPath must begin with '/'");
        refused(() -> HealthMonitorOptions.builder().expectedCodes("2xx"), "expectedCodes must be one code (200)");
        refused(() -> HealthMonitorOptions.builder().expectedCodes("200-"), "expectedCodes must be");
        refused(() -> HealthMonitorOptions.builder().httpVersion("2.0"), "httpVersion must be 1.0 or 1.1");
        refused(() -> HealthMonitorOptions.builder().domainName("-bad-.example"), "domainName must be a host name");
        refused(() -> HealthMonitorOptions.builder().domainName("www.example.com").build(),
                "domainName needs httpVersion");
        refused(() -> HealthMonitorOptions.builder().delay(3).timeout(4).build(), "timeout (4 s) must not be longer");
        refused(() -> HealthMonitorOptions.builder().timeout(-1), "timeout must be 0 seconds or more");
        refused(() -> HealthMonitorOptions.builder().httpMethod(HealthMonitorHttpMethod.UNKNOWN), "cannot be sent");
        HealthMonitor monitor = new HealthMonitor(octavia, org.cloudsdk.http.Json.parse(OctaviaFixtures.MONITOR));
        refused(() -> monitor.update(HealthMonitorOptions.builder().timeout(11).build()),
                "timeout (11 s) must not be longer than delay (10 s)");
        assertThatCode(() -> HealthMonitorOptions.builder().expectedCodes("200, 202").expectedCodes("200-204")
                .maxRetriesDown(10).build()).doesNotThrowAnyException();
    }

    @Test
    void l7PolicyLimitsAreChecked() {
        refused(() -> L7PolicyOptions.builder().position(0), "position must be 1 to 2147483647, was 0");
        refused(() -> L7PolicyOptions.builder().redirectHttpCode(304), "redirectHttpCode must be one of"
                + " [301, 302, 303, 307, 308], was 304");
        refused(() -> L7PolicyOptions.builder().redirectUrl("www.example.com"), "redirectUrl must be an http or"
                + " https URL");
        refused(() -> L7PolicyOptions.builder().redirectPrefix("ftp://example.com"), "redirectPrefix must be an http");
        refused(() -> octavia.l7Policies().create(LISTENER_ID, L7PolicyAction.REDIRECT_TO_POOL,
                L7PolicyOptions.defaults()), "a REDIRECT_TO_POOL policy needs redirectPoolId");
        refused(() -> octavia.l7Policies().create(LISTENER_ID, L7PolicyAction.REDIRECT_TO_URL,
                L7PolicyOptions.defaults()), "a REDIRECT_TO_URL policy needs redirectUrl");
        refused(() -> octavia.l7Policies().create(LISTENER_ID, L7PolicyAction.REDIRECT_PREFIX,
                L7PolicyOptions.builder().redirectUrl("https://a.example").build()), "needs redirectPrefix");
        refused(() -> octavia.l7Policies().create(LISTENER_ID, L7PolicyAction.REJECT, L7PolicyOptions.builder()
                .redirectPoolId(POOL_ID).build()), "redirectPoolId does not apply to a REJECT policy");
        refused(() -> octavia.l7Policies().create(LISTENER_ID, L7PolicyAction.REDIRECT_TO_POOL, L7PolicyOptions
                .builder().redirectPoolId(POOL_ID).redirectHttpCode(301).build()),
                "redirectHttpCode applies to REDIRECT_TO_URL and REDIRECT_PREFIX policies only");
        refused(() -> octavia.l7Policies().create(LISTENER_ID, L7PolicyAction.REJECT, L7PolicyOptions.builder()
                .action(L7PolicyAction.REJECT).build()), "the options' action is for updates");
        refused(() -> octavia.l7Policies().update(POLICY_ID, L7PolicyOptions.builder()
                .action(L7PolicyAction.REDIRECT_TO_POOL).build()), "a REDIRECT_TO_POOL policy needs redirectPoolId");
    }

    @Test
    void l7RuleLimitsAreChecked() {
        L7RuleOptions none = L7RuleOptions.defaults();
        refused(() -> octavia.l7Rules().create(POLICY_ID, L7RuleType.HEADER, L7CompareType.EQUAL_TO, "v", none),
                "a HEADER rule needs a key (the header's name)");
        refused(() -> octavia.l7Rules().create(POLICY_ID, L7RuleType.COOKIE, L7CompareType.EQUAL_TO, "v", none),
                "a COOKIE rule needs a key (the cookie's name)");
        refused(() -> octavia.l7Rules().create(POLICY_ID, L7RuleType.SSL_DN_FIELD, L7CompareType.EQUAL_TO, "v", none),
                "needs a key (the distinguished name's field)");
        refused(() -> octavia.l7Rules().create(POLICY_ID, L7RuleType.PATH, L7CompareType.EQUAL_TO, "/", L7RuleOptions
                .builder().key("k").build()), "a PATH rule takes no key");
        refused(() -> octavia.l7Rules().create(POLICY_ID, L7RuleType.FILE_TYPE, L7CompareType.STARTS_WITH, "jpg",
                none), "a FILE_TYPE rule compares by REGEX or EQUAL_TO only, not STARTS_WITH");
        refused(() -> octavia.l7Rules().create(POLICY_ID, L7RuleType.SSL_CONN_HAS_CERT, L7CompareType.EQUAL_TO,
                "yes", none), "must be 'True'");
        refused(() -> octavia.l7Rules().create(POLICY_ID, L7RuleType.SSL_VERIFY_RESULT, L7CompareType.EQUAL_TO,
                "-1", none), "must be an integer of 0 or more");
        refused(() -> octavia.l7Rules().create(POLICY_ID, L7RuleType.SSL_VERIFY_RESULT, L7CompareType.CONTAINS,
                "0", none), "compares by EQUAL_TO only, not CONTAINS");
        refused(() -> octavia.l7Rules().create(POLICY_ID, L7RuleType.PATH, L7CompareType.EQUAL_TO, "", none),
                "value must not be empty");
        refused(() -> octavia.l7Rules().create(POLICY_ID, L7RuleType.PATH, L7CompareType.EQUAL_TO, "v".repeat(256),
                none), "value must be at most 255 characters");
        refused(() -> octavia.l7Rules().create(POLICY_ID, L7RuleType.PATH, L7CompareType.EQUAL_TO, "a\nb", none),
                "value must not contain a line break");
        refused(() -> L7RuleOptions.builder().key("X-\r"), "key must not contain a line break");
        refused(() -> octavia.l7Rules().create(POLICY_ID, L7RuleType.PATH, L7CompareType.EQUAL_TO, "/",
                L7RuleOptions.builder().value("/x").build()), "the options' value is for updates");
    }

    @Test
    void listingLimitsAreChecked() {
        refused(() -> OctaviaListOptions.builder().pageSize(0), "pageSize must be 1 or more, was 0");
        refused(() -> OctaviaListOptions.builder().filter("limit", 5), "filter 'limit' is a paging parameter");
        refused(() -> OctaviaListOptions.builder().filter("tags-any", "a"), "filter 'tags-any' is a tag filter");
        refused(() -> OctaviaListOptions.builder().tags(), "tags must name one or more tags");
        refused(() -> OctaviaListOptions.builder().notTags("a,b"), "a tag cannot contain ','");
        refused(() -> OctaviaListOptions.builder().marker(""), "marker must not be blank");
    }

    @Test
    void settingsAreChecked() {
        refused(() -> OctaviaSettings.builder().waitTimeout(Duration.ZERO), "waitTimeout must be a positive duration");
        refused(() -> OctaviaSettings.builder().waitInterval(Duration.ofSeconds(-1)), "waitInterval must be a positive");
        refused(() -> OctaviaSettings.builder().waitTimeout(Duration.ofSeconds(1)).waitInterval(Duration.ofSeconds(2))
                .build(), "waitInterval (PT2S) must not be longer than waitTimeout (PT1S)");
    }
}
