package org.cloudsdk.dns;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.cloudsdk.dns.DnsFixtures.DOMAIN_ID;
import static org.cloudsdk.dns.DnsStub.path;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.cloudsdk.errors.DnsCallTimedOutException;
import org.cloudsdk.errors.DnsJobFailedException;
import org.cloudsdk.errors.DomainCreationFailedException;
import org.cloudsdk.errors.DomainRecordAdditionFailedException;
import org.cloudsdk.errors.DomainUpdateFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/** The job cycle: pending, completed, error with failed items, timeout, rate limits. */
class DnsJobsTest {

    private static final String STATUS = DnsStub.status("job-9");
    private static final String CREATED = "{\"domains\": [" + DnsFixtures.EXAMPLE_EDU + "]}";

    private final DnsStub dns = new DnsStub();

    @AfterEach
    void close() {
        dns.close();
    }

    /** Answers the status requests in turn; the last answer repeats. */
    private void statusSequence(ResponseDefinitionBuilder... answers) {
        for (int i = 0; i < answers.length; i++) {
            String state = i == 0 ? Scenario.STARTED : "poll-" + i;
            // the last answer keeps its own state, so it repeats
            dns.server.stubFor(get(urlEqualTo(STATUS)).inScenario("job").whenScenarioStateIs(state)
                    .willReturn(answers[i]).willSetStateTo(i + 1 < answers.length ? "poll-" + (i + 1) : state));
        }
    }

    private void createAccepted() {
        dns.server.stubFor(post(urlEqualTo(path("/domains"))).willReturn(DnsStub.accepted("job-9")));
    }

    private long statusReads() {
        return dns.server.countRequestsMatching(getRequestedFor(urlEqualTo(STATUS)).build()).getCount();
    }

    @Test
    void initializedAndRunningArePendingUntilCompleted() {
        createAccepted();
        statusSequence(okJson(DnsFixtures.job("job-9", "INITIALIZED", null)),
                okJson(DnsFixtures.job("job-9", "RUNNING", null)),
                okJson(DnsFixtures.job("job-9", "RUNNING", null)),
                okJson(DnsFixtures.job("job-9", "COMPLETED", CREATED)));

        Domain dom = dns.dns().create("example.edu", "sample@example.edu");

        assertThat(dom.name()).isEqualTo("example.edu");
        assertThat(statusReads()).isEqualTo(4);
        // the status is read on the client's own endpoint, not on the callback URL's host
        assertThat(dns.log()).containsExactly("POST " + path("/domains"), "GET " + STATUS, "GET " + STATUS,
                "GET " + STATUS, "GET " + STATUS);
    }

    @Test
    void anErrorWithFailedItemsBecomesTheOperationsExceptionWithEveryMessage() {
        dns.server.stubFor(post(urlEqualTo(path("/domains/" + DOMAIN_ID + "/records"))).willReturn(
                DnsStub.accepted("job-9")));
        statusSequence(okJson(DnsFixtures.failedJob("job-9", """
                {"failedItems": {"faults": [
                   {"message": "Conflict", "code": 409, "details": "Record already exists"},
                   {"message": "Bad Request", "code": 400, "details": "Invalid data\\nfor A record"}]},
                 "code": 500, "message": "One or more items could not be added.", "details": "See errors list for details."}
                """)));

        assertThatThrownBy(() -> dns.dns().addRecords(DOMAIN_ID, List.of(NewRecord.of(RecordType.A, "example.edu",
                "192.0.2.7"), NewRecord.of(RecordType.A, "www.example.edu", "192.0.2.8"))))
                .isInstanceOfSatisfying(DomainRecordAdditionFailedException.class, e -> {
                    assertThat(e).hasMessage("addRecords on dns failed: job job-9 ended in ERROR: Record already exists"
                            + " (409); Invalid data for A record (400)");
                    assertThat(e.jobId()).isEqualTo("job-9");
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.operation()).isEqualTo("addRecords");
                    assertThat(e.serverMessage()).contains("Record already exists");
                    assertThat(e.faults()).extracting(DnsJobFailedException.Fault::code,
                            DnsJobFailedException.Fault::message).containsExactly(tuple(409, "Conflict"),
                                    tuple(400, "Bad Request"));
                });
    }

    @Test
    void anErrorWithOneFaultCarriesItsMessage() {
        createAccepted();
        statusSequence(okJson(DnsFixtures.job("job-9", "RUNNING", null)), okJson(DnsFixtures.failedJob("job-9",
                "{\"code\": 409, \"message\": \"Conflict\", \"details\": \"Domain already exists\"}")));

        assertThatThrownBy(() -> dns.dns().create("example.edu", "sample@example.edu"))
                .isInstanceOf(DomainCreationFailedException.class)
                .hasMessageEndingWith("ended in ERROR: Domain already exists (409)")
                .satisfies(e -> assertThat(((DomainCreationFailedException) e).status()).isEqualTo(409));
    }

    @Test
    void aJobStillRunningAtTheTimeoutEndsTheCallWithDnsCallTimedOut() {
        createAccepted();
        statusSequence(okJson(DnsFixtures.job("job-9", "RUNNING", null)));
        CloudDns impatient = dns.dns().withTimeout(Duration.ofMillis(150)).withDelay(Duration.ofMillis(20));

        assertThatThrownBy(() -> impatient.create("example.edu", "sample@example.edu"))
                .isInstanceOfSatisfying(DnsCallTimedOutException.class, e -> {
                    assertThat(e.jobId()).isEqualTo("job-9");
                    assertThat(e.timeout()).isEqualTo(Duration.ofMillis(150));
                    assertThat(e).hasMessageContaining("createDomain on dns: job job-9 did not complete within 150 ms");
                });
        // polled 20 ms apart within 150 ms: a handful of reads at most, never a flood
        assertThat(statusReads()).isBetween(1L, 8L);
    }

    @Test
    void aZeroTimeoutWaitsAsLongAsTheJobTakes() {
        createAccepted();
        statusSequence(okJson(DnsFixtures.job("job-9", "RUNNING", null)), okJson(DnsFixtures.job("job-9", "RUNNING",
                null)).withFixedDelay(100), okJson(DnsFixtures.job("job-9", "COMPLETED", CREATED)));

        Domain dom = dns.dns(DnsSettings.builder().timeout(Duration.ZERO).delay(Duration.ofMillis(10)).build())
                .create("example.edu", "sample@example.edu");

        assertThat(dom.id()).isEqualTo(DOMAIN_ID);
        assertThat(statusReads()).isEqualTo(3);
    }

    @Test
    void aRateLimitWithRetryAfterIsWaitedOut() {
        createAccepted();
        statusSequence(aResponse().withStatus(413).withHeader("Retry-After", "1").withHeader("Content-Type",
                "application/json").withBody("{\"overLimit\": {\"code\": 413, \"message\": \"Rate limit exceeded\"}}"),
                okJson(DnsFixtures.job("job-9", "COMPLETED", CREATED)));
        long started = System.nanoTime();

        Domain dom = dns.dns().create("example.edu", "sample@example.edu");

        assertThat(dom.id()).isEqualTo(DOMAIN_ID);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(statusReads()).isEqualTo(2);
    }

    @Test
    void aRetryAfterBeyondTheTimeoutEndsTheCallWithoutAnotherRequest() {
        createAccepted();
        statusSequence(aResponse().withStatus(429).withHeader("Retry-After", "30"),
                okJson(DnsFixtures.job("job-9", "COMPLETED", CREATED)));

        assertThatThrownBy(() -> dns.dns().withTimeout(Duration.ofMillis(500)).create("example.edu",
                "sample@example.edu")).isInstanceOf(DnsCallTimedOutException.class);
        assertThat(statusReads()).isEqualTo(1);
    }

    @Test
    void aRateLimitWithoutRetryAfterDoublesThePause() {
        createAccepted();
        statusSequence(aResponse().withStatus(413), aResponse().withStatus(413), okJson(DnsFixtures.job("job-9",
                "COMPLETED", CREATED)));
        long started = System.nanoTime();

        dns.dns(DnsSettings.builder().delay(Duration.ofMillis(100)).timeout(Duration.ofSeconds(5)).build())
                .create("example.edu", "sample@example.edu");

        // 200 ms, then 400 ms: the pauses only grow after a rate limit
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
        assertThat(statusReads()).isEqualTo(3);
    }

    @Test
    void aJobCompletedInTheAcceptAnswerOrA204NeedsNoPolling() {
        dns.server.stubFor(post(urlEqualTo(path("/domains"))).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody(DnsFixtures.job("job-9", "COMPLETED", CREATED))));
        dns.server.stubFor(put(urlEqualTo(path("/domains/" + DOMAIN_ID))).willReturn(aResponse().withStatus(204)));

        assertThat(dns.dns().create("example.edu", "sample@example.edu").id()).isEqualTo(DOMAIN_ID);
        dns.dns().updateDomain(DOMAIN_ID, DomainUpdate.builder().ttl(1200).build());

        assertThat(dns.log()).containsExactly("POST " + path("/domains"), "PUT " + path("/domains/" + DOMAIN_ID));
    }

    @Test
    void theAsyncFormsCompleteOrFailWithTheJob() throws Exception {
        dns.server.stubFor(put(urlEqualTo(path("/domains/" + DOMAIN_ID))).willReturn(DnsStub.accepted("job-9")));
        statusSequence(okJson(DnsFixtures.job("job-9", "RUNNING", null)), okJson(DnsFixtures.failedJob("job-9",
                "{\"code\": 400, \"message\": \"Bad Request\", \"details\": \"TTL too low\"}")));

        CompletableFuture<Void> update = dns.dns().updateDomainAsync(DOMAIN_ID, DomainUpdate.builder().ttl(300).build());

        assertThatThrownBy(update::get).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(DomainUpdateFailedException.class).hasMessageContaining("TTL too low (400)");
    }

    @Test
    void theJobIdIsTakenFromTheCallbackUrlWhenJobIdIsMissing() {
        assertThat(DnsJobs.jobId(org.cloudsdk.http.Json.parse(
                "{\"callbackUrl\": \"https://dns.api.rackspacecloud.com/v1.0/1234/status/abc-123\"}"))).isEqualTo("abc-123");
        assertThat(DnsJobs.jobId(org.cloudsdk.http.Json.parse("{\"domains\": []}"))).isNull();
    }
}
