package org.cloudsdk.monitoring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.monitoring.MonitoringFixtures.CHECK;
import static org.cloudsdk.monitoring.MonitoringFixtures.CHECK_ID;
import static org.cloudsdk.monitoring.MonitoringFixtures.DATA_POINTS;
import static org.cloudsdk.monitoring.MonitoringFixtures.ENTITY_ID;
import static org.cloudsdk.monitoring.MonitoringFixtures.METRICS;
import static org.cloudsdk.monitoring.MonitoringFixtures.page;
import static org.cloudsdk.monitoring.MonitoringStub.path;

import java.time.Instant;
import java.util.List;

import org.cloudsdk.errors.BadRequestException;
import org.cloudsdk.errors.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Metrics (the chapter's "Metrics"): the listing of a check's metrics and the exact query of the
 * data points (from and to in milliseconds, points or resolution, repeated {@code select}), with
 * the documented rule (exactly one of points and resolution) and the time range checked before
 * any request.
 */
class MetricRequestsTest {

    private static final String METRICS_PATH = "/entities/" + ENTITY_ID + "/checks/" + CHECK_ID + "/metrics";
    private static final Instant FROM = Instant.ofEpochMilli(1335744000000L);
    private static final Instant TO = Instant.ofEpochMilli(1335916800000L);

    private final MonitoringStub stub = new MonitoringStub();
    private final CloudMonitoring cm = stub.monitoring;

    @AfterEach
    void close() {
        stub.close();
    }

    @Test
    void listMetricsGivesTheSeedsNamesAndAMetricReloadsFromTheListing() {
        stub.getReturns(METRICS_PATH, page(METRICS));
        stub.getReturns("/entities/" + ENTITY_ID + "/checks/" + CHECK_ID, CHECK);

        List<Metric> metrics = cm.getCheck(ENTITY_ID, CHECK_ID).listMetrics();

        assertThat(metrics).extracting(Metric::name).containsExactly("mzdfw.available", "mzdfw.average");
        Metric average = metrics.get(1);
        assertThat(average.id()).isEqualTo("mzdfw.average");
        assertThat(average.unit()).isEqualTo("seconds");
        assertThat(average.type()).isEqualTo("D");
        assertThat(average.checkId()).isEqualTo(CHECK_ID);
        assertThat(average.entityId()).isEqualTo(ENTITY_ID);
        assertThat(average.reload()).isEqualTo(average);
        assertThat(cm.listMetrics(ENTITY_ID, CHECK_ID)).hasSize(2);
    }

    @Test
    void aMetricThatIsGoneIsNotFoundOnReload() {
        stub.getReturns(METRICS_PATH, page(METRICS));
        Metric average = cm.listMetrics(ENTITY_ID, CHECK_ID).get(1);
        stub.server.stubFor(get(urlEqualTo(path(METRICS_PATH))).willReturn(okJson(page(""))));

        assertThatThrownBy(average::reload).isInstanceOf(NotFoundException.class).hasMessageContaining("mzdfw.average");
    }

    @Test
    void dataPointsByResolutionSendMillisecondsAndTheResolution() {
        stub.getReturns(METRICS_PATH + "/mzdfw.average/plot?from=1335744000000&to=1335916800000&resolution=MIN1440",
                DATA_POINTS);

        List<DataPoint> points = cm.getMetricDataPoints(ENTITY_ID, CHECK_ID, "mzdfw.average", FROM, TO,
                MetricDataOptions.resolution(Resolution.MIN1440));

        assertThat(points).hasSize(2);
        assertThat(points.get(0).timestamp()).isEqualTo(FROM);
        assertThat(points.get(0).numPoints()).isEqualTo(1141);
        assertThat(points.get(0).average()).hasValue(4.1);
        assertThat(points.get(0).max()).isEmpty();
        assertThat(points.get(1).max()).hasValue(9.5);
        assertThat(points.get(1).stat(Stat.AVERAGE)).hasValue(6.05);
    }

    @Test
    void dataPointsByPointsWithSelectedStatsRepeatSelect() {
        stub.getReturns(METRICS_PATH + "/mzdfw.average/plot?from=1335744000000&to=1335916800000&points=100"
                + "&select=average&select=max", DATA_POINTS);
        stub.getReturns(METRICS_PATH, page(METRICS));

        Metric average = cm.listMetrics(ENTITY_ID, CHECK_ID).get(1);
        List<DataPoint> points = average.getDataPoints(FROM, TO, MetricDataOptions.builder().points(100)
                .select(Stat.AVERAGE, Stat.MAX).build());

        assertThat(points).hasSize(2);
        assertThat(stub.log()).last().isEqualTo("GET " + path(METRICS_PATH
                + "/mzdfw.average/plot?from=1335744000000&to=1335916800000&points=100&select=average&select=max"));
    }

    @Test
    void theServicesRefusalOfAQueryIsABadRequest() {
        stub.server.stubFor(get(urlEqualTo(path(METRICS_PATH + "/nope/plot?from=1335744000000&to=1335916800000&points=5")))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(
                        "{\"type\": \"badRequest\", \"code\": 400, \"message\": \"Validation error\","
                                + " \"details\": \"Metric nope does not exist\"}")));

        assertThatThrownBy(() -> cm.getMetricDataPoints(ENTITY_ID, CHECK_ID, "nope", FROM, TO, MetricDataOptions.points(5)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("Validation error");
    }

    @Test
    void theDocumentedRulesAreCheckedBeforeAnyRequest() {
        assertThatThrownBy(() -> MetricDataOptions.builder().build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("give either points or resolution").hasMessageContaining("not neither")
                .hasMessageContaining("FULL, MIN5, MIN20, MIN60, MIN240, MIN1440");
        assertThatThrownBy(() -> MetricDataOptions.builder().points(10).resolution(Resolution.FULL).build())
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> MetricDataOptions.points(0)).hasMessage("points must be at least 1, was 0");
        assertThatThrownBy(() -> cm.getMetricDataPoints(ENTITY_ID, CHECK_ID, "mzdfw.average", TO, FROM,
                MetricDataOptions.points(5))).hasMessageContaining("to must be after from");
        assertThatThrownBy(() -> cm.getMetricDataPoints(ENTITY_ID, CHECK_ID, "mzdfw.average", FROM, FROM,
                MetricDataOptions.points(5))).hasMessageContaining("to must be after from");
        assertThatThrownBy(() -> cm.getMetricDataPoints(ENTITY_ID, CHECK_ID, " ", FROM, TO,
                MetricDataOptions.points(5))).hasMessageContaining("metric must not be blank");
        assertThat(stub.requests()).isEmpty();
        assertThat(MetricDataOptions.resolution(Resolution.MIN5).toBuilder().select(Stat.MIN).build())
                .hasToString("MetricDataOptions[resolution=MIN5, select=[MIN]]");
    }
}
