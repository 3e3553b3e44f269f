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
import static org.cloudsdk.monitoring.MonitoringFixtures.EMAIL;
import static org.cloudsdk.monitoring.MonitoringFixtures.EMAIL_ID;
import static org.cloudsdk.monitoring.MonitoringFixtures.NOTIFICATION_TYPES;
import static org.cloudsdk.monitoring.MonitoringFixtures.PLAN;
import static org.cloudsdk.monitoring.MonitoringFixtures.PLAN_ID;
import static org.cloudsdk.monitoring.MonitoringFixtures.WEBHOOK;
import static org.cloudsdk.monitoring.MonitoringFixtures.WEBHOOK_ID;
import static org.cloudsdk.monitoring.MonitoringFixtures.page;
import static org.cloudsdk.monitoring.MonitoringStub.path;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Notification types, notifications and notification plans (the chapter's "Create a
 * Notification" and "Create the Notification Plan"): the exact requests of every operation, the
 * plan's states by handle or id, and the limits refused before any request.
 */
class NotificationRequestsTest {

    private final MonitoringStub stub = new MonitoringStub();
    private final CloudMonitoring cm = stub.monitoring;

    @AfterEach
    void close() {
        stub.close();
    }

    @Test
    void notificationTypesAreTheSeedsThree() {
        stub.getReturns("/notification_types", page(NOTIFICATION_TYPES));
        stub.getReturns("/notification_types/email", NOTIFICATION_TYPES.split("\n")[1].replaceAll(",$", ""));

        List<NotificationType> types = cm.listNotificationTypes();

        assertThat(types).extracting(NotificationType::id).containsExactly("webhook", "email", "pagerduty");
        assertThat(types.get(0).fields()).containsExactly(new TypeField("url", "An HTTP or HTTPS URL to POST to", false));
        assertThat(types.get(2).requiredFieldNames()).containsExactly("service_key");
        NotificationType email = cm.getNotificationType("email");
        assertThat(email.fieldNames()).containsExactly("address");
        assertThat(email.reload()).isEqualTo(email);
    }

    @Test
    void createNotificationSendsTypeLabelAndDetailsAndReadsItBack() {
        stub.created("/notifications", EMAIL_ID);
        stub.getReturns("/notifications/" + EMAIL_ID, EMAIL);
        stub.getReturns("/notification_types", page(NOTIFICATION_TYPES));

        Notification email = cm.createNotification("email", "my_email_notification", Map.of("address", "me@example.com"));
        cm.createNotification(cm.listNotificationTypes().get(0), null, Map.of("url", "https://systems.example.org/alert"));

        stub.server.verify(1, postRequestedFor(urlEqualTo(path("/notifications"))).withRequestBody(equalToJson(
                "{\"type\": \"email\", \"label\": \"my_email_notification\", \"details\": {\"address\": \"me@example.com\"}}")));
        stub.server.verify(1, postRequestedFor(urlEqualTo(path("/notifications"))).withRequestBody(equalToJson(
                "{\"type\": \"webhook\", \"details\": {\"url\": \"https://systems.example.org/alert\"}}")));
        assertThat(email.id()).isEqualTo(EMAIL_ID);
        assertThat(email.type()).isEqualTo("email");
        assertThat(email.label()).isEqualTo("my_email_notification").isEqualTo(email.name());
        assertThat(email.details()).containsExactly(Map.entry("address", "me@example.com"));
        assertThat(email.metadata()).isEmpty();
    }

    @Test
    void testANotificationBeforeCreatingItAndAnExistingOne() {
        stub.server.stubFor(post(urlEqualTo(path("/test-notification"))).willReturn(okJson(
                "{\"status\": \"success\", \"message\": \"Success: Webhook successfully executed\"}")));
        stub.server.stubFor(post(urlEqualTo(path("/notifications/" + WEBHOOK_ID + "/test"))).willReturn(okJson(
                "{\"status\": \"error\", \"message\": \"Webhook returned 500\"}")));
        stub.getReturns("/notifications/" + WEBHOOK_ID, WEBHOOK);

        NotificationTestResult tried = cm.testNotification("webhook", Map.of("url", "http://my.web-server.com:5981/"));
        NotificationTestResult existing = cm.getNotification(WEBHOOK_ID).test();

        stub.server.verify(1, postRequestedFor(urlEqualTo(path("/test-notification"))).withRequestBody(equalToJson(
                "{\"type\": \"webhook\", \"details\": {\"url\": \"http://my.web-server.com:5981/\"}}")));
        assertThat(tried.succeeded()).isTrue();
        assertThat(tried.message()).isEqualTo("Success: Webhook successfully executed");
        assertThat(existing.succeeded()).isFalse();
        assertThat(existing.status()).isEqualTo("error");
    }

    @Test
    void updateSendsTheTypeWithTheDetailsReadingItOnlyWhenGivenAnId() {
        stub.getReturns("/notifications", page(EMAIL + "," + WEBHOOK));
        stub.getReturns("/notifications/" + EMAIL_ID, EMAIL);
        stub.noContent("PUT", "/notifications/" + EMAIL_ID);
        stub.noContent("DELETE", "/notifications/" + EMAIL_ID);

        Notification email = cm.listNotifications().get(0);
        email.update(Map.of("address", "ops@example.com"));
        cm.updateNotification(EMAIL_ID, Map.of("address", "team@example.com"));
        email.delete();

        stub.server.verify(1, putRequestedFor(urlEqualTo(path("/notifications/" + EMAIL_ID))).withRequestBody(equalToJson(
                "{\"type\": \"email\", \"details\": {\"address\": \"ops@example.com\"}}")));
        stub.server.verify(1, putRequestedFor(urlEqualTo(path("/notifications/" + EMAIL_ID))).withRequestBody(equalToJson(
                "{\"type\": \"email\", \"details\": {\"address\": \"team@example.com\"}}")));
        stub.server.verify(1, deleteRequestedFor(urlEqualTo(path("/notifications/" + EMAIL_ID))));
        assertThat(stub.log()).containsExactly("GET " + path("/notifications"), "PUT " + path("/notifications/" + EMAIL_ID),
                "GET " + path("/notifications/" + EMAIL_ID), "PUT " + path("/notifications/" + EMAIL_ID),
                "DELETE " + path("/notifications/" + EMAIL_ID));
    }

    @Test
    void aPlanTakesItsStatesByHandleOrId() {
        stub.getReturns("/notifications", page(EMAIL + "," + WEBHOOK));
        stub.created("/notification_plans", PLAN_ID);
        stub.getReturns("/notification_plans/" + PLAN_ID, PLAN);
        List<Notification> notifications = cm.listNotifications();
        Notification criticalEmail = notifications.get(0);
        Notification okHook = notifications.get(1);

        NotificationPlan plan = cm.createNotificationPlan(NotificationPlanOptions.builder().label("default")
                .okState(okHook).warningState(criticalEmail).criticalState(criticalEmail).build());
        cm.createNotificationPlan(NotificationPlanOptions.builder().name("by ids").criticalState(EMAIL_ID, WEBHOOK_ID)
                .metadata(Map.of("team", "ops")).build());

        stub.server.verify(1, postRequestedFor(urlEqualTo(path("/notification_plans"))).withRequestBody(equalToJson("""
                {"label": "default", "critical_state": ["ntAAAA"], "warning_state": ["ntAAAA"], "ok_state": ["ntBBBB"]}""")));
        stub.server.verify(1, postRequestedFor(urlEqualTo(path("/notification_plans"))).withRequestBody(equalToJson(
                "{\"label\": \"by ids\", \"critical_state\": [\"ntAAAA\", \"ntBBBB\"], \"metadata\": {\"team\": \"ops\"}}")));
        assertThat(plan.id()).isEqualTo(PLAN_ID);
        assertThat(plan.label()).isEqualTo("default").isEqualTo(plan.name());
        assertThat(plan.criticalState()).containsExactly(EMAIL_ID);
        assertThat(plan.warningState()).containsExactly(EMAIL_ID);
        assertThat(plan.okState()).containsExactly(WEBHOOK_ID);
    }

    @Test
    void listGetUpdateAndDeletePlans() {
        stub.getReturns("/notification_plans", page(PLAN));
        stub.getReturns("/notification_plans/" + PLAN_ID, PLAN);
        stub.noContent("PUT", "/notification_plans/" + PLAN_ID);
        stub.noContent("DELETE", "/notification_plans/" + PLAN_ID);

        assertThat(cm.listNotificationPlans()).extracting(NotificationPlan::id).containsExactly(PLAN_ID);
        NotificationPlan plan = cm.getNotificationPlan(PLAN_ID);
        assertThat(plan.reload()).isEqualTo(plan);
        plan.update(NotificationPlanOptions.builder().criticalState(WEBHOOK_ID).warningState(new String[0]).build());
        plan.delete();

        stub.server.verify(1, putRequestedFor(urlEqualTo(path("/notification_plans/" + PLAN_ID))).withRequestBody(
                equalToJson("{\"critical_state\": [\"ntBBBB\"], \"warning_state\": []}")));
        stub.server.verify(1, deleteRequestedFor(urlEqualTo(path("/notification_plans/" + PLAN_ID))));
    }

    @Test
    void limitsAreRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> cm.createNotification(" ", "x", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("notificationType must not be blank");
        assertThatThrownBy(() -> cm.createNotification("email", "x".repeat(256), Map.of("address", "a@example.com")))
                .hasMessageContaining("label must be 1 to 255");
        assertThatThrownBy(() -> cm.createNotificationPlan(NotificationPlanOptions.builder().okState(EMAIL_ID).build()))
                .hasMessageContaining("label must be set to create a notification plan");
        assertThatThrownBy(() -> NotificationPlanOptions.builder().build()).hasMessageContaining("at least one value");
        assertThatThrownBy(() -> NotificationPlanOptions.builder().label("p").okState(" ").build())
                .hasMessageContaining("okState element must not be blank");
        assertThatThrownBy(() -> cm.getNotificationPlan("")).hasMessageContaining("planId must not be blank");
        assertThatThrownBy(() -> cm.notifications(5000, null)).hasMessageContaining("limit must be 1 to 1000");
        assertThat(stub.requests()).isEmpty();
    }
}
