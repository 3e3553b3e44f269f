package org.cloudsdk.http;

import org.cloudsdk.errors.CloudException;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * The {@code cloud.client.requests} observation of one API call, retries and re-authentication
 * included. Its tags are bounded: service, operation, method, region, status and outcome; never an
 * object name, an id or a URL.
 */
final class RequestObservation {

    static final String NAME = "cloud.client.requests";

    private final Observation observation;

    private RequestObservation(Observation observation) {
        this.observation = observation;
    }

    static RequestObservation start(ObservationRegistry registry, ApiRequest request) {
        Observation observation = Observation.createNotStarted(NAME, registry)
                .contextualName(request.service() + " " + request.operation())
                .lowCardinalityKeyValue(KeyValue.of("service", request.service()))
                .lowCardinalityKeyValue(KeyValue.of("operation", request.operation()))
                .lowCardinalityKeyValue(KeyValue.of("method", request.method().name()))
                .lowCardinalityKeyValue(KeyValue.of("region", request.region() == null ? "none" : request.region()))
                .start();
        return new RequestObservation(observation);
    }

    Observation observation() {
        return observation;
    }

    void success(int status) {
        observation.lowCardinalityKeyValue("status", String.valueOf(status));
        observation.lowCardinalityKeyValue("outcome", outcome(status));
        observation.stop();
    }

    void failure(Throwable error) {
        int status = error instanceof CloudException cloud ? cloud.status() : 0;
        observation.lowCardinalityKeyValue("status", status == 0 ? "IO_ERROR" : String.valueOf(status));
        observation.lowCardinalityKeyValue("outcome", status == 0 ? "UNKNOWN" : outcome(status));
        observation.error(error);
        observation.stop();
    }

    void cancelled() {
        observation.lowCardinalityKeyValue("status", "CANCELLED");
        observation.lowCardinalityKeyValue("outcome", "UNKNOWN");
        observation.stop();
    }

    private static String outcome(int status) {
        if (status < 200) {
            return "INFORMATIONAL";
        }
        if (status < 300) {
            return "SUCCESS";
        }
        if (status < 400) {
            return "REDIRECTION";
        }
        return status < 500 ? "CLIENT_ERROR" : "SERVER_ERROR";
    }
}
