package org.cloudsdk.octavia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What every Octavia option class shares: fields in order, copies, equality by class, tags and admin state. */
class OctaviaOptionsTest {

    @Test
    void fieldsKeepTheirOrderAndCopiesAreEqual() {
        MemberOptions member = MemberOptions.builder().name("web").adminStateUp(false).weight(5)
                .tags(List.of("blue")).build();

        assertThat(member.fields().keySet()).containsExactly("name", "admin_state_up", "weight", "tags");
        assertThat(member.fields()).containsEntry("admin_state_up", false).containsEntry("tags", List.of("blue"));
        assertThat(member.toBuilder().build()).isEqualTo(member).hasSameHashCodeAs(member);
        assertThat(member.toBuilder().weight(6).build()).isNotEqualTo(member);
        assertThat(member).hasToString("MemberOptions{name=web, admin_state_up=false, weight=5, tags=[blue]}");
    }

    @Test
    void optionsOfTwoKindsAreNeverEqual() {
        MemberOptions member = MemberOptions.builder().adminStateUp(true).build();
        HealthMonitorOptions monitor = HealthMonitorOptions.builder().adminStateUp(true).build();

        assertThat(monitor.fields()).isEqualTo(member.fields());
        assertThat((Object) monitor).isNotEqualTo(member);
    }

    @Test
    void tagsAreCheckedAndAskForTheirApiVersion() {
        assertThatThrownBy(() -> L7RuleOptions.builder().tags(List.of(""))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tags");
        RequestFields fields = L7RuleOptions.builder().tags(List.of("a")).build().requestFields();

        assertThat(fields.has("tags")).isTrue();
        assertThat(ListenerOptions.builder().noDefaultPool().build().requestFields().node().get("default_pool_id")
                .isNull()).isTrue();
    }
}
