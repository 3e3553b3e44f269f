package org.cloudsdk.dns;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.cloudsdk.errors.DnsCallTimedOutException;
import org.cloudsdk.errors.DnsJobFailedException;
import org.cloudsdk.errors.DnsJobFailedException.Fault;
import org.cloudsdk.errors.ErrorDetails;
import org.cloudsdk.errors.OverLimitException;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.Json;
import org.cloudsdk.http.ServiceClient;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

import reactor.core.publisher.Mono;

import tools.jackson.databind.JsonNode;

/**
 * Waits for Cloud DNS's asynchronous jobs: a mutation answers 202 with a job, whose status
 * ({@code GET /status/{jobId}?showDetails=true}) is read until COMPLETED (its {@code response}
 * is the call's result) or ERROR (a typed exception with the server's faults); INITIALIZED,
 * RUNNING and any status this SDK does not know are pending.
 *
 * <p>Polling never hammers the service: checks are {@link DnsSettings#delay()} apart, and a
 * rate-limit answer (413 or 429) doubles the pause from then on and waits at least the server's
 * {@code Retry-After}. With a timeout, a wait that would end past it ends the call with
 * {@link DnsCallTimedOutException} at once, and each status request is cut at the deadline (the
 * transport itself retries a 429 on a status read, honouring {@code Retry-After}, within that
 * bound; a 413, Rackspace's rate-limit status, or a 429 it gave up on reaches this poller).
 * The status is always read from the client's own endpoint, whatever host the callback URL
 * names, so the token never goes elsewhere.
 */
final class DnsJobs {

    /** The longest pause the rate-limit backoff grows to (a longer Retry-After is still honoured). */
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

    /** Builds the typed exception of a failed job: one constructor of each {@link DnsJobFailedException}. */
    @FunctionalInterface
    interface Failure {
        DnsJobFailedException create(String message, ErrorDetails details, @Nullable String jobId, List<Fault> faults);
    }

    private final ServiceClient client;
    private final DnsSettings settings;

    DnsJobs(ServiceClient client, DnsSettings settings) {
        this.client = Objects.requireNonNull(client, "client must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
    }

    DnsSettings settings() {
        return settings;
    }

    /**
     * @param accepted the answer to the mutation
     * @param operation the mutation's name, for errors
     * @param failure the exception of a job that ends in ERROR
     * @return the job's {@code response} (an empty object when it has none)
     */
    Mono<JsonNode> await(ApiResponse accepted, String operation, Failure failure) {
        if (accepted.status() == 204 || accepted.body().length == 0) {
            return Mono.just(Json.object());
        }
        JsonNode job = accepted.json();
        String jobId = jobId(job);
        if (jobId == null) {
            // not a job: the service answered the call at once
            return Mono.just(job);
        }
        long started = System.nanoTime();
        return outcome(job, jobId, operation, failure)
                .switchIfEmpty(Mono.defer(() -> poll(jobId, operation, failure, started, settings.delay(), true)));
    }

    private Mono<JsonNode> poll(String jobId, String operation, Failure failure, long started, Duration interval,
            boolean first) {
        Mono<Duration> pause = first ? Mono.just(Duration.ZERO) : Mono.just(interval);
        return pause.flatMap(wait -> sleep(wait, jobId, operation, started)).then(Mono.defer(() -> status(jobId,
                operation, started))).map(Checked::ok)
                .onErrorResume(OverLimitException.class, limited -> Mono.just(Checked.limited(limited)))
                .flatMap(checked -> {
                    if (checked.limited != null) {
                        Duration slower = min(interval.multipliedBy(2), MAX_BACKOFF);
                        Duration retryAfter = checked.limited.retryAfterSeconds() > 0
                                ? Duration.ofSeconds(checked.limited.retryAfterSeconds()) : Duration.ZERO;
                        Duration wait = max(slower, retryAfter);
                        return sleep(wait, jobId, operation, started)
                                .then(Mono.defer(() -> poll(jobId, operation, failure, started, slower, true)));
                    }
                    JsonNode job = Objects.requireNonNull(checked.job);
                    return outcome(job, jobId, operation, failure)
                            .switchIfEmpty(Mono.defer(() -> poll(jobId, operation, failure, started, interval, false)));
                });
    }

    /** Reads the job's status once, cut at the deadline. */
    private Mono<JsonNode> status(String jobId, String operation, long started) {
        Mono<JsonNode> status = client.exchange(client.request(HttpMethod.GET, "getJobStatus")
                .path("/status/{jobId}", jobId).query("showDetails", "true")).map(ApiResponse::json);
        Duration remaining = remaining(started);
        if (remaining == null) {
            return status;
        }
        return status.timeout(remaining.isNegative() ? Duration.ZERO : remaining,
                Mono.error(() -> timedOut(jobId, operation)));
    }

    /** Waits, unless the wait would end past the deadline: then the call has timed out. */
    private Mono<Void> sleep(Duration wait, String jobId, String operation, long started) {
        Duration remaining = remaining(started);
        if (remaining != null && wait.compareTo(remaining) > 0) {
            return Mono.error(timedOut(jobId, operation));
        }
        return wait.isZero() ? Mono.empty() : Mono.delay(wait).then();
    }

    /** @return the job's result when it has ended, an error when it failed, empty while it is pending */
    private Mono<JsonNode> outcome(JsonNode job, String jobId, String operation, Failure failure) {
        String status = job.path("status").asString("");
        if (status.equalsIgnoreCase("COMPLETED")) {
            JsonNode response = job.get("response");
            return Mono.just(response == null || response.isNull() ? Json.object() : response);
        }
        if (status.equalsIgnoreCase("ERROR")) {
            return Mono.error(failed(job, jobId, operation, failure));
        }
        return Mono.empty();
    }

    private DnsJobFailedException failed(JsonNode job, String jobId, String operation, Failure failure) {
        JsonNode error = job.path("error");
        List<Fault> faults = new ArrayList<>();
        JsonNode items = error.path("failedItems").path("faults");
        if (items.isArray() && !items.isEmpty()) {
            items.forEach(item -> faults.add(fault(item)));
        } else {
            faults.add(fault(error));
        }
        String messages = faults.stream().map(Fault::describe).collect(Collectors.joining("; "));
        int code = faults.get(0).code() != 0 ? faults.get(0).code() : error.path("code").asInt(0);
        ErrorDetails details = new ErrorDetails(code, client.service(), operation, null, messages);
        return failure.create(operation + " on " + client.service() + " failed: job " + jobId + " ended in ERROR: "
                + messages, details, jobId, faults);
    }

    private static Fault fault(JsonNode node) {
        return new Fault(node.path("code").asInt(0), text(node.get("message")), text(node.get("details")));
    }

    private DnsCallTimedOutException timedOut(String jobId, String operation) {
        return new DnsCallTimedOutException(operation + " on " + client.service() + ": job " + jobId
                + " did not complete within " + settings.timeout().toMillis() + " ms (the client's timeout); it may"
                + " still complete on the server", ErrorDetails.of(client.service(), operation), jobId,
                settings.timeout());
    }

    /** @return the time left before the deadline, or null when the client waits without limit */
    private @Nullable Duration remaining(long started) {
        Duration timeout = settings.timeout();
        if (timeout.isZero()) {
            return null;
        }
        return timeout.minus(Duration.ofNanos(System.nanoTime() - started));
    }

    /** @return the job's id, from {@code jobId} or the end of its {@code callbackUrl}; null when it is not a job */
    static @Nullable String jobId(JsonNode job) {
        String id = text(job.get("jobId"));
        if (id != null && !id.isBlank()) {
            return id;
        }
        String callback = text(job.get("callbackUrl"));
        int status = callback == null ? -1 : callback.lastIndexOf("/status/");
        if (callback == null || status < 0) {
            return null;
        }
        String tail = callback.substring(status + "/status/".length());
        int query = tail.indexOf('?');
        tail = query >= 0 ? tail.substring(0, query) : tail;
        return tail.isBlank() ? null : tail;
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() ? null : node.asString();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** One status read: the job, or the rate limit that answered instead. */
    private static final class Checked {
        final @Nullable JsonNode job;
        final @Nullable OverLimitException limited;

        private Checked(@Nullable JsonNode job, @Nullable OverLimitException limited) {
            this.job = job;
            this.limited = limited;
        }

        static Checked ok(JsonNode job) {
            return new Checked(job, null);
        }

        static Checked limited(OverLimitException limited) {
            return new Checked(null, limited);
        }
    }
}
