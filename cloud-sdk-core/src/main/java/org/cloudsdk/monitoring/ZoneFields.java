package org.cloudsdk.monitoring;

import java.util.List;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of a monitoring zone that {@link MonitoringZone} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record ZoneFields(String id, @Nullable String label, @Nullable String countryCode, @Nullable List<String> sourceIps) {
}
