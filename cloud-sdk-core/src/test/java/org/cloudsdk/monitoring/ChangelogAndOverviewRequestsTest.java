package org.cloudsdk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.monitoring.MonitoringFixtures.CHANGELOG;
import static org.cloudsdk.monitoring.MonitoringFixtures.ENTITY;
import static org.cloudsdk.monitoring.MonitoringFixtures.ENTITY_ID;
import static org.cloudsdk.monitoring.MonitoringFixtures.OVERVIEW_ENTRIES;
import static org.cloudsdk.monitoring.MonitoringFixtures.page;
import static org.cloudsdk.monitoring.MonitoringStub.path;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Alarm changelogs and the overview (the chapter's "List Alarm Changelogs" and "Get Overview"):
 * all or one entity's, the service's default range of 7 days (no {@code from}/{@code to}
 * sent) or a chosen one, paged by {@code metadata.next_marker}, and the seed's printed objects.
 */
class ChangelogAndOverviewRequestsTest {

    private final MonitoringStub stub = new MonitoringStub();
    private final CloudMonitoring cm = stub.monitoring;

    @AfterEach
    void close() {
        stub.close();
    }

    @Test
    void changelogsOfTheAccountAndOfOneEntityUseTheServicesSevenDays() {
        stub.getReturns("/changelogs/alarms", page(CHANGELOG));
        stub.getReturns("/changelogs/alarms?entityId=" + ENTITY_ID, page(CHANGELOG));
        stub.getReturns("/entities/" + ENTITY_ID, ENTITY);

        List<AlarmStateChange> all = cm.getChangelogs();
        cm.getEntity(ENTITY_ID).getChangelogs();

        AlarmStateChange change = all.get(0);
        assertThat(change.id()).contains("4c5e28f0-0b3f-11e1-860d-c55c4705a286");
        assertThat(change.timestamp()).contains(Instant.ofEpochMilli(1320890228991L));
        assertThat(change.entityId()).isEqualTo("enPhid7noo");
        assertThat(change.alarmId()).isEqualTo("alahf9vuNa");
        assertThat(change.checkId()).isEqualTo("chIe7vohba");
        assertThat(change.state()).isEqualTo(AlarmState.WARNING);
        assertThat(change.analyzedByMonitoringZoneId()).contains("DFW");
        assertThat(change.previousState()).isEmpty();
        assertThat(stub.log()).containsExactly("GET " + path("/changelogs/alarms"), "GET " + path("/entities/" + ENTITY_ID),
                "GET " + path("/changelogs/alarms?entityId=" + ENTITY_ID));
    }

    @Test
    void aChosenRangeIsSentInMillisecondsAndPagesAreFollowed() {
        Instant from = Instant.ofEpochMilli(1320044400000L);
        Instant to = Instant.ofEpochMilli(1320652800000L);
        stub.getReturns("/changelogs/alarms?from=1320044400000&to=1320652800000", page(CHANGELOG, "4c5e28f1"));
        stub.getReturns("/changelogs/alarms?from=1320044400000&to=1320652800000&marker=4c5e28f1",
                page(CHANGELOG.replace("4c5e28f0", "4c5e28f1")));

        assertThat(cm.changelogs(null, from, to).stream().map(change -> change.id().orElseThrow()))
                .containsExactly("4c5e28f0-0b3f-11e1-860d-c55c4705a286", "4c5e28f1-0b3f-11e1-860d-c55c4705a286");
        assertThatThrownBy(() -> cm.changelogs(null, to, from)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("to must be after from");
        assertThat(stub.requests()).hasSize(2);
    }

    @Test
    void theOverviewHasTheSeedsEntitiesChecksAlarmsAndStates() {
        stub.getReturns("/views/overview", page(OVERVIEW_ENTRIES));
        stub.getReturns("/views/overview?entityId=enCCCCIPV4", page(OVERVIEW_ENTRIES.substring(
                OVERVIEW_ENTRIES.lastIndexOf("{\"alarms\": []"))));

        List<EntityOverview> view = cm.getOverview();
        List<EntityOverview> one = cm.getOverview("enCCCCIPV4");

        assertThat(view).hasSize(2);
        EntityOverview b = view.get(0);
        assertThat(b.entity().id()).isEqualTo("enBBBBIPV4");
        assertThat(b.entity().ipAddresses()).containsEntry("default", "127.0.0.1");
        assertThat(b.entity().metadata()).isEmpty();
        assertThat(b.checks()).extracting(Check::id).containsExactly("chFour");
        assertThat(b.checks().get(0).entityId()).isEqualTo("enBBBBIPV4");
        assertThat(b.checks().get(0).targetAlias()).contains("default");
        assertThat(b.checks().get(0).targetHostname()).isEmpty();
        assertThat(b.alarms()).extracting(Alarm::notificationPlanId).containsExactly("npOne");
        assertThat(b.alarms().get(0).entityId()).isEqualTo("enBBBBIPV4");
        AlarmStateChange latest = b.latestAlarmStates().get(0);
        assertThat(latest.state()).isEqualTo(AlarmState.OK);
        assertThat(latest.previousState()).contains(AlarmState.WARNING);
        assertThat(latest.status()).contains("everything is ok");
        assertThat(latest.analyzedByMonitoringZoneId()).isEmpty();
        // printed in seconds by the manual and the API reference; milliseconds elsewhere
        assertThat(latest.timestamp()).contains(Instant.ofEpochSecond(1321898988L));
        assertThat(b.json().path("entity").path("label").asString()).isEqualTo("entity b v4");
        assertThat(view.get(1).checks()).isEmpty();
        assertThat(one).extracting(entry -> entry.entity().id()).containsExactly("enCCCCIPV4");
        assertThatThrownBy(() -> cm.getOverview(" ")).hasMessageContaining("entityId must not be blank");
        assertThat(stub.requests()).hasSize(2);
    }
}
