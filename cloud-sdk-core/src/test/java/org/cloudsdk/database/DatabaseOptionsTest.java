package org.cloudsdk.database;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The value types' defaults, round trips and checks, and the health entry's read. */
class DatabaseOptionsTest {

    @Test
    void newDatabaseDefaultsToUtf8AndRoundTrips() {
        NewDatabase db = NewDatabase.of("db_name");

        assertThat(db.characterSet()).isEqualTo("utf8");
        assertThat(db.collate()).isEqualTo("utf8_general_ci");
        assertThat(db.toBuilder().build()).isEqualTo(db).hasSameHashCodeAs(db);
        assertThat(db.toBuilder().collate("utf8_bin").build()).isNotEqualTo(db);
        assertThatThrownBy(() -> NewDatabase.of("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be blank");
    }

    @Test
    void newUserDefaultsToAnyHostAndNeverPrintsItsPassword() {
        NewUser user = NewUser.of("groucho", "top secret", List.of("db_name"));

        assertThat(user.host()).isEqualTo("%");
        assertThat(user.toBuilder().build()).isEqualTo(user).hasSameHashCodeAs(user);
        assertThat(user).hasToString("NewUser[name=groucho, databaseNames=[db_name], host=%]");
        assertThat(user.toString()).doesNotContain("top secret");
        assertThatThrownBy(() -> NewUser.builder("groucho", " ")).hasMessage("password must not be blank");
        assertThatThrownBy(() -> NewUser.of("groucho", "pw", List.of(""))).hasMessage("databaseNames must not be blank");
    }

    @Test
    void instanceCreateOptionsRoundTrip() {
        InstanceCreateOptions options = InstanceCreateOptions.builder().database(NewDatabase.of("a"))
                .user(NewUser.of("u", "p", List.of("a"))).build();

        assertThat(options.toBuilder().build()).isEqualTo(options);
        assertThat(InstanceCreateOptions.defaults().databases()).isEmpty();
        assertThat(InstanceCreateOptions.defaults().users()).isEmpty();
    }

    @Test
    void flavorRefsSayWhatTheyName() {
        assertThat(FlavorRef.id("1")).isEqualTo(FlavorRef.id("1")).isNotEqualTo(FlavorRef.ram(1))
                .hasToString("flavor id 1");
        assertThat(FlavorRef.name("2GB Instance")).hasToString("flavor named '2GB Instance'");
        assertThat(FlavorRef.ram(2048)).hasToString("flavor with 2048 MB of RAM");
    }

    @Test
    void theHealthEntryReadsOneFlavor() {
        try (TroveStub trove = new TroveStub()) {
            trove.server.stubFor(get(urlEqualTo(TroveStub.path("/flavors?limit=1"))).willReturn(okJson(
                    "{\"flavors\": [" + TroveFixtures.flavor(1, "512MB Instance", 512) + "]}")));

            Map<String, Object> details = Databases.SERVICE.checkHealth(trove.databases()).block();

            assertThat(details).containsEntry("region", "ORD").containsEntry("interface", "public");
            assertThat(Databases.SERVICE.name()).isEqualTo("database");
            assertThat(trove.log()).containsExactly("GET " + TroveStub.path("/flavors?limit=1"));
        }
    }
}
