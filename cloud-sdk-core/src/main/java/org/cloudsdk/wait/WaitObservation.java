package org.cloudsdk.wait;

import org.jspecify.annotations.Nullable;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * The {@code cloud.wait} observation of one wait, from its start to its outcome. Its tags are
 * bounded: the resource type, the watched attribute and the outcome; the number of polls is a
 * high-cardinality value (it goes to traces, not to metric tags); never an id or a name.
 */
final class WaitObservation {

    static final String NAME = "cloud.wait";

    /** How a wait ended, the {@code outcome} tag. */
    enum Outcome {
        /** A desired value was reached. */
        SUCCESS,
        /** The resource disappeared and the 404 policy called that a success. */
        DELETED,
        /** A failure value was reached. */
        FAILED,
        /** The deadline passed. */
        TIMEOUT,
        /** Every attempt was used. */
        ATTEMPTS_EXHAUSTED,
        /** A poll failed in a way the wait does not tolerate (404 under the FAIL policy included). */
        ERROR,
        /** The caller cancelled the wait or was interrupted. */
        CANCELLED
    }

    private final Observation observation;

    private WaitObservation(Observation observation) {
        this.observation = observation;
    }

    static WaitObservation start(ObservationRegistry registry, String resourceType, String attribute) {
        Observation observation = Observation.createNotStarted(NAME, registry)
                .contextualName("wait " + resourceType + " " + attribute)
                .lowCardinalityKeyValue(KeyValue.of("resource", resourceType))
                .lowCardinalityKeyValue(KeyValue.of("attribute", attribute))
                .start();
        return new WaitObservation(observation);
    }

    void stop(Outcome outcome, int polls, @Nullable Throwable error) {
        observation.lowCardinalityKeyValue("outcome", outcome.name());
        observation.highCardinalityKeyValue("polls", String.valueOf(polls));
        if (error != null) {
            observation.error(error);
        }
        observation.stop();
    }
}
