package org.cloudsdk.monitoring;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.monitoring.MonitoringFixtures.ALARM;
import static org.cloudsdk.monitoring.MonitoringFixtures.ALARM_ID;
import static org.cloudsdk.monitoring.MonitoringFixtures.ALARM_RESULTS;
import static org.cloudsdk.monitoring.MonitoringFixtures.CHECK;
import static org.cloudsdk.monitoring.MonitoringFixtures.CHECK_ID;
import static org.cloudsdk.monitoring.MonitoringFixtures.CHECK_RESULT;
import static org.cloudsdk.monitoring.MonitoringFixtures.CRITERIA;
import static org.cloudsdk.monitoring.MonitoringFixtures.ENTITY;
import static org.cloudsdk.monitoring.MonitoringFixtures.ENTITY_ID;
import static org.cloudsdk.monitoring.MonitoringFixtures.PLAN;
import static org.cloudsdk.monitoring.MonitoringFixtures.PLAN_ID;
import static org.cloudsdk.monitoring.MonitoringFixtures.page;
import static org.cloudsdk.monitoring.MonitoringStub.path;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cloudsdk.http.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Alarms (the chapter's "Create an Alarm"): create with the seed's criteria passed through as
 * given, create with every option, test criteria against check results, list, get, update,
 * delete, and the documented lengths refused before any request.
 */
class AlarmRequestsTest {

    private static final String ALARMS = "/entities/" + ENTITY_ID + "/alarms";
    private static final String ONE_ALARM = ALARMS + "/" + ALARM_ID;

    private final MonitoringStub stub = new MonitoringStub();
    private final CloudMonitoring cm = stub.monitoring;

    @AfterEach
    void close() {
        stub.close();
    }

    private Entity entity() {
        stub.getReturns("/entities/" + ENTITY_ID, ENTITY);
        stub.getReturns("/entities/" + ENTITY_ID + "/checks/" + CHECK_ID, CHECK);
        stub.getReturns("/notification_plans/" + PLAN_ID, PLAN);
        return cm.getEntity(ENTITY_ID);
    }

    @Test
    void createAlarmPassesTheSeedsCriteriaThroughAndReadsTheAlarmBack() {
        Entity entity = entity();
        Check check = entity.getCheck(CHECK_ID);
        NotificationPlan np = cm.getNotificationPlan(PLAN_ID);
        stub.created(ALARMS, ALARM_ID);
        stub.getReturns(ONE_ALARM, ALARM);

        Alarm alarm = cm.createAlarm(entity, check, np, CRITERIA);
        check.createAlarm(np, null);

        stub.server.verify(1, postRequestedFor(urlEqualTo(path(ALARMS))).withRequestBody(equalToJson(
                "{\"check_id\": \"chAAAA\", \"notification_plan_id\": \"npAAAA\", \"criteria\": \""
                        + CRITERIA + "\"}")));
        stub.server.verify(1, postRequestedFor(urlEqualTo(path(ALARMS))).withRequestBody(equalToJson(
                "{\"check_id\": \"chAAAA\", \"notification_plan_id\": \"npAAAA\"}")));
        assertThat(alarm.id()).isEqualTo(ALARM_ID);
        assertThat(alarm.entityId()).isEqualTo(ENTITY_ID);
        assertThat(alarm.checkId()).isEqualTo(CHECK_ID);
        assertThat(alarm.notificationPlanId()).isEqualTo(PLAN_ID);
        assertThat(alarm.criteria()).contains(CRITERIA);
        assertThat(alarm.label()).isEqualTo("average too high").isEqualTo(alarm.name());
        assertThat(alarm.disabled()).isFalse();
    }

    @Test
    void createAlarmWithEveryOption() {
        stub.created(ALARMS, ALARM_ID);
        stub.getReturns(ONE_ALARM, ALARM);

        entity().createAlarm(CHECK_ID, PLAN_ID, AlarmOptions.builder().criteria("return new AlarmStatus(OK);")
                .disabled(true).name("quiet").metadata(Map.of("owner", "ops")).build());

        stub.server.verify(1, postRequestedFor(urlEqualTo(path(ALARMS))).withRequestBody(equalToJson("""
                {"check_id": "chAAAA", "notification_plan_id": "npAAAA", "criteria": "return new AlarmStatus(OK);",
                 "disabled": true, "label": "quiet", "metadata": {"owner": "ops"}}""")));
    }

    @Test
    void testAlarmSendsTheCriteriaWithTheCheckResults() {
        Entity entity = entity();
        stub.server.stubFor(post(urlEqualTo(path("/entities/" + ENTITY_ID + "/checks/" + CHECK_ID + "/test")))
                .willReturn(okJson("[" + CHECK_RESULT + "]")));
        stub.server.stubFor(post(urlEqualTo(path("/entities/" + ENTITY_ID + "/test-alarm"))).willReturn(okJson(ALARM_RESULTS)));
        String criteria = "if (metric[\"code\"] == \"404\") { return new AlarmStatus(CRITICAL, \"not found\"); }"
                + " return new AlarmStatus(OK);";

        List<CheckTestResult> data = entity.getCheck(CHECK_ID).test();
        List<AlarmTestResult> results = entity.testAlarm(criteria, data);

        stub.server.verify(1, postRequestedFor(urlEqualTo(path("/entities/" + ENTITY_ID + "/test-alarm")))
                .withRequestBody(equalToJson(Json.write(Json.object().put("criteria", criteria)
                        .set("check_data", Json.array().add(Json.parse(CHECK_RESULT)))))));
        assertThat(results).containsExactly(new AlarmTestResult(java.util.Optional.of(Instant.ofEpochMilli(1319224500831L)),
                AlarmState.OK, "Matched default return statement"));
    }

    @Test
    void aMultiStateAnswerWithTextTimestampsIsRead() {
        List<AlarmTestResult> results = java.util.stream.StreamSupport.stream(Json.parse("""
                [{"state": "OK", "status": "Ping responds as expected.", "timestamp": "1417732774575"},
                 {"state": "WARNING", "status": "blah.", "timestamp": "1417732795200"},
                 {"state": "CRITICAL", "status": "cnt=6,avail=0", "timestamp": "1417732795216"},
                 {"state": "SOMETHING_NEW"}]""").spliterator(), false).map(AlarmTestResult::of).toList();

        assertThat(results).extracting(AlarmTestResult::state).containsExactly(AlarmState.OK, AlarmState.WARNING,
                AlarmState.CRITICAL, AlarmState.UNKNOWN);
        assertThat(results.get(1).timestamp()).contains(Instant.ofEpochMilli(1417732795200L));
        assertThat(results.get(3).timestamp()).isEmpty();
    }

    @Test
    void listGetUpdateAndDelete() {
        stub.getReturns(ALARMS, page(ALARM));
        stub.getReturns(ONE_ALARM, ALARM);
        stub.noContent("PUT", ONE_ALARM);
        stub.noContent("DELETE", ONE_ALARM);

        assertThat(cm.listAlarms(ENTITY_ID)).extracting(Alarm::id).containsExactly(ALARM_ID);
        Alarm alarm = cm.getAlarm(ENTITY_ID, ALARM_ID);
        assertThat(alarm.reload()).isEqualTo(alarm);
        alarm.update(AlarmOptions.criteria("if (metric[\"average\"] < 100) { return new AlarmStatus(OK); }"
                + " return new AlarmStatus(WARNING);"));
        cm.updateAlarm(ENTITY_ID, ALARM_ID, AlarmOptions.builder().disabled(false).label("renamed").build());
        alarm.delete();

        stub.server.verify(1, putRequestedFor(urlEqualTo(path(ONE_ALARM))).withRequestBody(equalToJson(
                "{\"criteria\": \"if (metric[\\\"average\\\"] < 100) { return new AlarmStatus(OK); }"
                        + " return new AlarmStatus(WARNING);\"}")));
        stub.server.verify(1, putRequestedFor(urlEqualTo(path(ONE_ALARM))).withRequestBody(equalToJson(
                "{\"disabled\": false, \"label\": \"renamed\"}")));
        stub.server.verify(1, deleteRequestedFor(urlEqualTo(path(ONE_ALARM))));
    }

    @Test
    void criteriaAndLabelsAreCheckedForLengthBeforeAnyRequest() {
        assertThatThrownBy(() -> AlarmOptions.criteria("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("criteria must be 1 to 16384 characters long, was 0");
        assertThatThrownBy(() -> AlarmOptions.criteria("x".repeat(16_385)))
                .hasMessage("criteria must be 1 to 16384 characters long, was 16385");
        assertThat(AlarmOptions.criteria("x".repeat(16_384)).criteriaText()).hasSize(16_384);
        assertThatThrownBy(() -> cm.createAlarm(ENTITY_ID, CHECK_ID, PLAN_ID, "x".repeat(16_385)))
                .hasMessageContaining("criteria must be 1 to 16384");
        assertThatThrownBy(() -> cm.testAlarm(ENTITY_ID, "", List.of())).hasMessageContaining("criteria must be 1 to 16384");
        assertThatThrownBy(() -> AlarmOptions.builder().label("x".repeat(256)).build()).hasMessageContaining("label must be 1 to 255");
        assertThatThrownBy(() -> cm.createAlarm(ENTITY_ID, " ", PLAN_ID, CRITERIA)).hasMessageContaining("checkId must not be blank");
        assertThatThrownBy(() -> cm.createAlarm(ENTITY_ID, CHECK_ID, "", CRITERIA)).hasMessageContaining("planId must not be blank");
        assertThatThrownBy(() -> cm.updateAlarm(ENTITY_ID, ALARM_ID, AlarmOptions.defaults()))
                .hasMessageContaining("must change at least one");
        assertThat(stub.requests()).isEmpty();
    }
}
