package org.cloudsdk.database;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.cloudsdk.database.TroveFixtures.BACKUP_ID;
import static org.cloudsdk.database.TroveFixtures.INSTANCE_ID;
import static org.cloudsdk.database.TroveStub.path;

import java.util.List;

import org.cloudsdk.errors.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Databases, users, root and backups: the exact requests and the parsed answers. */
class DatabaseUserBackupRequestsTest {

    private static final String INSTANCE = path("/instances/" + INSTANCE_ID);

    private final TroveStub trove = new TroveStub();

    @AfterEach
    void close() {
        trove.close();
    }

    private DatabaseInstance instance() {
        trove.server.stubFor(get(urlEqualTo(INSTANCE)).willReturn(okJson(
                TroveFixtures.wrappedInstance(INSTANCE_ID, "first_instance", "ACTIVE", 2))));
        return trove.databases().get(INSTANCE_ID);
    }

    // ------------------------------------------------------------------ databases

    @Test
    void createDatabaseSendsUtf8AndUtf8GeneralCiByDefault() {
        trove.server.stubFor(post(urlEqualTo(INSTANCE + "/databases")).willReturn(aResponse().withStatus(202)));

        Database db = instance().createDatabase("db_name");
        trove.databases().createDatabase(INSTANCE_ID, NewDatabase.builder("other").characterSet("utf8mb4")
                .collate("utf8mb4_unicode_ci").build());

        assertThat(db.name()).isEqualTo("db_name");
        assertThat(db.characterSet()).contains("utf8");
        assertThat(db.collate()).contains("utf8_general_ci");
        assertThat(db.instanceId()).isEqualTo(INSTANCE_ID);
        trove.server.verify(postRequestedFor(urlEqualTo(INSTANCE + "/databases")).withRequestBody(equalToJson("""
                {"databases": [{"name": "db_name", "character_set": "utf8", "collate": "utf8_general_ci"}]}""")));
        trove.server.verify(postRequestedFor(urlEqualTo(INSTANCE + "/databases")).withRequestBody(equalToJson("""
                {"databases": [{"name": "other", "character_set": "utf8mb4", "collate": "utf8mb4_unicode_ci"}]}""")));
    }

    @Test
    void listGetAndDeleteDatabases() {
        trove.server.stubFor(get(urlEqualTo(INSTANCE + "/databases")).willReturn(okJson("""
                {"databases": [{"name": "db_name"}, {"name": "sampledb"}], "links": []}""")));
        trove.server.stubFor(delete(urlEqualTo(INSTANCE + "/databases/db_name")).willReturn(aResponse().withStatus(202)));
        DatabaseInstance instance = instance();

        assertThat(instance.listDatabases()).extracting(Database::name).containsExactly("db_name", "sampledb");
        Database db = instance.getDatabase("db_name");
        assertThat(db.reload()).isEqualTo(db);
        assertThatThrownBy(() -> instance.getDatabase("nope")).isInstanceOf(NotFoundException.class)
                .hasMessage("database: instance " + INSTANCE_ID + " has no database named 'nope'");
        db.delete();

        trove.server.verify(deleteRequestedFor(urlEqualTo(INSTANCE + "/databases/db_name")));
    }

    // ------------------------------------------------------------------ users

    @Test
    void createUserSendsNamePasswordDatabasesAndHostAny() {
        trove.server.stubFor(post(urlEqualTo(INSTANCE + "/users")).willReturn(aResponse().withStatus(202)));

        DatabaseUser user = instance().createUser("groucho", "top secret", List.of("db_name"));

        trove.server.verify(postRequestedFor(urlEqualTo(INSTANCE + "/users")).withRequestBody(equalToJson("""
                {"users": [{"name": "groucho", "password": "top secret", "host": "%",
                            "databases": [{"name": "db_name"}]}]}""")));
        assertThat(user).hasToString("DatabaseUser[name=groucho, host=%, databases=[db_name]]");
        assertThat(user.json().has("password")).isFalse();
    }

    @Test
    void listAndGetUsers() {
        trove.server.stubFor(get(urlEqualTo(INSTANCE + "/users")).willReturn(okJson("""
                {"users": [{"name": "groucho", "host": "%", "databases": [{"name": "db_name"}]}], "links": []}""")));
        trove.server.stubFor(get(urlEqualTo(INSTANCE + "/users/groucho")).willReturn(okJson("""
                {"user": {"name": "groucho", "host": "%", "databases": [{"name": "db_name"}]}}""")));
        DatabaseInstance instance = instance();

        assertThat(instance.listUsers()).extracting(DatabaseUser::name, DatabaseUser::host, DatabaseUser::databaseNames)
                .containsExactly(tuple("groucho", "%", List.of("db_name")));
        DatabaseUser user = instance.getUser("groucho");
        assertThat(user.reload()).isEqualTo(user);
        assertThat(user.databaseNames()).containsExactly("db_name");
    }

    @Test
    void deleteUserSendsTheName() {
        trove.server.stubFor(delete(urlEqualTo(INSTANCE + "/users/groucho")).willReturn(aResponse().withStatus(202)));

        instance().deleteUser("groucho");

        trove.server.verify(deleteRequestedFor(urlEqualTo(INSTANCE + "/users/groucho")));
    }

    @Test
    void aUserNameWithAPeriodIsRefusedBeforeTheDeleteRequestSayingWhy() {
        DatabaseInstance instance = instance();
        DatabaseUser dotted = new DatabaseUser(trove.databases(), INSTANCE_ID,
                org.cloudsdk.http.Json.parse("{\"name\": \"john.doe\", \"host\": \"%\"}"));

        assertThatThrownBy(() -> instance.deleteUser("john.doe")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name: the user 'john.doe' contains a period, and Cloud Databases cuts a user name at its"
                        + " first period on delete: it would delete the user 'john' instead. Delete this user with a"
                        + " MySQL administration tool.");
        assertThatThrownBy(dotted::delete).isInstanceOf(IllegalArgumentException.class);
        assertThat(trove.log()).containsExactly("GET " + INSTANCE);
    }

    @Test
    void changePasswordGrantRevokeAndListAccess() {
        trove.server.stubFor(put(urlEqualTo(INSTANCE + "/users")).willReturn(aResponse().withStatus(202)));
        trove.server.stubFor(put(urlEqualTo(INSTANCE + "/users/groucho/databases")).willReturn(aResponse().withStatus(202)));
        trove.server.stubFor(delete(urlEqualTo(INSTANCE + "/users/groucho/databases/db1")).willReturn(aResponse().withStatus(202)));
        trove.server.stubFor(delete(urlEqualTo(INSTANCE + "/users/groucho/databases/db2")).willReturn(aResponse().withStatus(202)));
        trove.server.stubFor(get(urlEqualTo(INSTANCE + "/users/groucho/databases")).willReturn(okJson("""
                {"databases": [{"name": "db_name"}, {"name": "db1"}]}""")));
        DatabaseInstance instance = instance();

        instance.changeUserPassword("groucho", "new secret");
        instance.grantUserAccess("groucho", List.of("db1", "db2"));
        instance.revokeUserAccess("groucho", List.of("db1", "db2"));
        assertThat(instance.listUserAccess("groucho")).containsExactly("db_name", "db1");

        trove.server.verify(putRequestedFor(urlEqualTo(INSTANCE + "/users")).withRequestBody(equalToJson("""
                {"users": [{"name": "groucho", "password": "new secret"}]}""")));
        trove.server.verify(putRequestedFor(urlEqualTo(INSTANCE + "/users/groucho/databases")).withRequestBody(equalToJson("""
                {"databases": [{"name": "db1"}, {"name": "db2"}]}""")));
        trove.server.verify(deleteRequestedFor(urlEqualTo(INSTANCE + "/users/groucho/databases/db1")));
        trove.server.verify(deleteRequestedFor(urlEqualTo(INSTANCE + "/users/groucho/databases/db2")));
        assertThatThrownBy(() -> instance.grantUserAccess("groucho", List.of()))
                .hasMessage("databaseNames must name at least one database");
    }

    // ------------------------------------------------------------------ root

    @Test
    void enableRootUserGivesThePasswordAndRootUserStatusReadsIt() {
        trove.server.stubFor(post(urlEqualTo(INSTANCE + "/root")).willReturn(okJson("""
                {"user": {"name": "root", "password": "12345"}}""")));
        trove.server.stubFor(get(urlEqualTo(INSTANCE + "/root")).willReturn(okJson("{\"rootEnabled\": true}")));
        DatabaseInstance instance = instance();

        assertThat(instance.enableRootUser()).isEqualTo("12345");
        assertThat(instance.rootUserStatus()).isTrue();
        trove.server.verify(postRequestedFor(urlEqualTo(INSTANCE + "/root")));
    }

    // ------------------------------------------------------------------ backups

    @Test
    void createBackupSendsNameInstanceAndDescription() {
        trove.server.stubFor(post(urlEqualTo(path("/backups"))).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withBody(TroveFixtures.wrappedBackup(BACKUP_ID, "snapshot", "NEW"))));
        DatabaseInstance instance = instance();

        Backup backup = instance.createBackup("snapshot", "My Backup");
        trove.databases().createBackup(INSTANCE_ID, "plain");

        assertThat(backup.status()).isEqualTo("NEW");
        assertThat(backup.instanceId()).isEqualTo(INSTANCE_ID);
        assertThat(backup.description()).contains("My Backup");
        assertThat(backup.locationRef()).isEmpty();
        assertThat(backup.size()).isEmpty();
        trove.server.verify(postRequestedFor(urlEqualTo(path("/backups"))).withRequestBody(equalToJson("""
                {"backup": {"name": "snapshot", "instance": "%s", "description": "My Backup"}}""".formatted(INSTANCE_ID))));
        trove.server.verify(postRequestedFor(urlEqualTo(path("/backups"))).withRequestBody(equalToJson("""
                {"backup": {"name": "plain", "instance": "%s"}}""".formatted(INSTANCE_ID))));
    }

    @Test
    void aBackupNameOver64CharactersIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> trove.databases().createBackup(INSTANCE_ID, "b".repeat(65)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name of a backup must be at most 64 characters, was 65");
        assertThat(trove.log()).isEmpty();
    }

    @Test
    void listAllAndPerInstanceGetDeleteAndRestore() {
        String listing = "{\"backups\": [" + TroveFixtures.backup(BACKUP_ID, "snapshot", "COMPLETED") + "]}";
        trove.server.stubFor(get(urlEqualTo(path("/backups"))).willReturn(okJson(listing)));
        trove.server.stubFor(get(urlEqualTo(INSTANCE + "/backups")).willReturn(okJson(listing)));
        trove.server.stubFor(get(urlEqualTo(path("/backups/" + BACKUP_ID))).willReturn(okJson(
                TroveFixtures.wrappedBackup(BACKUP_ID, "snapshot", "COMPLETED"))));
        trove.server.stubFor(delete(urlEqualTo(path("/backups/" + BACKUP_ID))).willReturn(aResponse().withStatus(202)));
        trove.server.stubFor(post(urlEqualTo(path("/instances"))).willReturn(okJson(
                TroveFixtures.wrappedInstance(TroveFixtures.OTHER_ID, "restored", "BUILD", 2))));
        Databases cdb = trove.databases();

        assertThat(cdb.listBackups()).extracting(Backup::id, Backup::name, Backup::status)
                .containsExactly(tuple(BACKUP_ID, "snapshot", "COMPLETED"));
        assertThat(instance().listBackups()).hasSize(1);
        Backup backup = cdb.getBackup(BACKUP_ID);
        DatabaseInstance restored = backup.restore("restored", FlavorRef.id("1"), 2);
        backup.delete();

        assertThat(restored.status()).isEqualTo("BUILD");
        trove.server.verify(postRequestedFor(urlEqualTo(path("/instances"))).withRequestBody(equalToJson("""
                {"instance": {"flavorRef": "1", "name": "restored", "volume": {"size": 2},
                              "restorePoint": {"backupRef": "%s"}}}""".formatted(BACKUP_ID))));
        trove.server.verify(deleteRequestedFor(urlEqualTo(path("/backups/" + BACKUP_ID))));
    }
}
