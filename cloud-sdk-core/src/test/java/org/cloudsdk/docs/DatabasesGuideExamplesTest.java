package org.cloudsdk.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;
import org.cloudsdk.database.Backup;
import org.cloudsdk.database.Database;
import org.cloudsdk.database.DatabaseInstance;
import org.cloudsdk.database.Databases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * Runs the examples of {@code docs/databases.md} ({@link DatabasesGuideExamples}). No Cloud
 * Databases runs here, so they run on a Rackspace catalog (the identity fixture
 * {@code database/rackspace-databases-access.json}) whose {@code rax:database} endpoint is WireMock
 * answering as the v1.0 API reference documents, and the test checks the requests they send.
 */
class DatabasesGuideExamplesTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    private static final String API = "/v1.0/000000";
    private static final String ID = "471eff58-66bb-40af-8030-405451e38c02";
    private static final String BACKUP_ID = "61f12fef-edb1-4561-8122-e7c00ef26a82";
    private static final String INSTANCE = API + "/instances/" + ID;
    private static final String HOSTNAME = "a1d5f7312d85f95071ea658d699962b690bd6b60.rackspaceclouddb.com";

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final DatabasesGuideExamples examples =
            new DatabasesGuideExamples(new PrintStream(printed, true, StandardCharsets.UTF_8));
    private CloudContext ctx;
    private Databases cdb;

    @BeforeEach
    void connect() {
        TestCloud.stubV2Tokens(cloud, "database/rackspace-databases-access.json");
        ctx = TestCloud.isolatedBuilder().identityType("rackspace").authEndpoint(TestCloud.baseUrl(cloud) + "/v2.0/")
                .username("someuser").apiKey("0123456789abcdef0123456789abcdef").region("ORD").build();
        examples.connecting(ctx);
        cdb = ctx.databases();
        cloud.stubFor(get(urlEqualTo(API + "/flavors")).willReturn(okJson("""
                {"flavors": [{"id": 1, "name": "512MB Instance", "ram": 512, "links": []},
                             {"id": 2, "name": "1GB Instance", "ram": 1024, "links": []},
                             {"id": 3, "name": "2GB Instance", "ram": 2048, "links": []},
                             {"id": 4, "name": "4GB Instance", "ram": 4096, "links": []}]}""")));
        cloud.stubFor(post(urlEqualTo(API + "/instances")).willReturn(okJson("{\"instance\": " + instance("BUILD") + "}")));
        cloud.stubFor(get(urlEqualTo(API + "/instances")).willReturn(okJson("{\"instances\": [" + instance("ACTIVE")
                + "], \"links\": []}")));
        cloud.stubFor(get(urlEqualTo(INSTANCE)).willReturn(okJson("{\"instance\": " + instance("ACTIVE") + "}")));
        cloud.stubFor(post(urlPathMatching(INSTANCE + "/(action|databases|users)")).willReturn(aResponse().withStatus(202)));
        cloud.stubFor(put(urlPathMatching(INSTANCE + "/users.*")).willReturn(aResponse().withStatus(202)));
        cloud.stubFor(delete(urlPathMatching(API + "/.*")).willReturn(aResponse().withStatus(202)));
        cloud.stubFor(get(urlEqualTo(INSTANCE + "/databases")).willReturn(okJson("{\"databases\": [{\"name\": \"db_name\"}]}")));
        cloud.stubFor(get(urlEqualTo(INSTANCE + "/users")).willReturn(okJson(
                "{\"users\": [{\"name\": \"groucho\", \"host\": \"%\", \"databases\": [{\"name\": \"db_name\"}]}]}")));
        cloud.stubFor(get(urlEqualTo(INSTANCE + "/users/groucho")).willReturn(okJson(
                "{\"user\": {\"name\": \"groucho\", \"host\": \"%\", \"databases\": [{\"name\": \"db_name\"}]}}")));
        cloud.stubFor(get(urlEqualTo(INSTANCE + "/users/groucho/databases")).willReturn(okJson(
                "{\"databases\": [{\"name\": \"db_name\"}]}")));
        cloud.stubFor(post(urlEqualTo(INSTANCE + "/root")).willReturn(okJson(
                "{\"user\": {\"name\": \"root\", \"password\": \"12345\"}}")));
        cloud.stubFor(get(urlEqualTo(INSTANCE + "/root")).willReturn(okJson("{\"rootEnabled\": true}")));
        cloud.stubFor(post(urlEqualTo(API + "/backups")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"backup\": " + backup("NEW") + "}")));
        cloud.stubFor(get(urlEqualTo(API + "/backups/" + BACKUP_ID)).willReturn(okJson("{\"backup\": " + backup("COMPLETED") + "}")));
        cloud.stubFor(get(urlEqualTo(API + "/backups")).willReturn(okJson("{\"backups\": [" + backup("COMPLETED") + "]}")));
        cloud.stubFor(get(urlEqualTo(INSTANCE + "/backups")).willReturn(okJson("{\"backups\": [" + backup("COMPLETED") + "]}")));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private static String instance(String status) {
        return """
                {"id": "%s", "name": "first_instance", "status": "%s", "hostname": "%s",
                 "flavor": {"id": "1", "links": []}, "volume": {"size": 2}, "links": []}"""
                .formatted(ID, status, HOSTNAME);
    }

    private static String backup(String status) {
        return """
                {"id": "%s", "name": "snapshot", "instance_id": "%s", "status": "%s", "locationRef": null,
                 "description": null, "size": null}""".formatted(BACKUP_ID, ID, status);
    }

    private DatabaseInstance inst() {
        return cdb.get(ID);
    }

    @Test
    void theClientIsTheRegistrationsOwnPerRegion() {
        assertThat(cdb).isSameAs(ctx.service(Databases.SERVICE, "ORD")).isSameAs(ctx.region("ORD").databases());
        assertThat(cdb.client().endpointUrl()).isEqualTo(TestCloud.baseUrl(cloud) + API);
    }

    @Test
    void listingAndFlavors() {
        assertThat(examples.listingInstances(cdb)).extracting(DatabaseInstance::id).containsExactly(ID);
        examples.listingFlavors(cdb);

        assertThat(printed()).startsWith("DatabaseFlavor[id=1, name=512MB Instance, ram=512]\n");
        assertThat(calls()).containsExactly("GET " + API + "/instances", "GET " + API + "/flavors");
    }

    @Test
    void creatingAnInstanceAndWaitingForIt() {
        DatabaseInstance inst = examples.creatingAnInstance(cdb);

        assertThat(inst.status()).isEqualTo("ACTIVE");
        assertThat(printed()).isEqualTo("DatabaseInstance[id=" + ID + ", name=first_instance, status=BUILD]\n"
                + HOSTNAME + "\n");
        assertThat(calls()).containsExactly("POST " + API + "/instances", "GET " + INSTANCE);
    }

    @Test
    void namingFlavorsCreatingWithDatabasesAndUsersAndResizing() {
        examples.namingAFlavor(cdb);
        examples.creatingWithDatabasesAndUsers(cdb);
        DatabaseInstance inst = inst();
        examples.resizingAnInstance(inst);
        examples.resizingAVolume(inst);

        assertThat(printed()).isEqualTo("size: the new volume size must be larger than the current 2 GB (a volume"
                + " cannot shrink), was 1\n");
        assertThat(calls()).containsExactly(
                "POST " + API + "/instances",
                "GET " + API + "/flavors", "POST " + API + "/instances",
                "GET " + API + "/flavors", "POST " + API + "/instances",
                "GET " + API + "/flavors", "POST " + API + "/instances",
                "POST " + API + "/instances",
                "GET " + INSTANCE,
                "GET " + API + "/flavors", "POST " + INSTANCE + "/action",
                "GET " + API + "/flavors", "POST " + INSTANCE + "/action",
                "POST " + INSTANCE + "/action",
                "POST " + INSTANCE + "/action");
    }

    @Test
    void databasesAndUsers() {
        DatabaseInstance inst = inst();
        Database db = examples.creatingADatabase(cdb, inst);
        examples.creatingAUser(inst, db);
        examples.listingDatabasesAndUsers(inst);
        examples.gettingADatabaseOrUser(inst);
        examples.userAccessAndRoot(inst);
        examples.deletingDatabasesAndUsers(inst, db);

        assertThat(printed()).contains("DB: Database[name=db_name, instance=" + ID + "]\n",
                "User: DatabaseUser[name=groucho, host=%, databases=[db_name]]\n",
                "Users: [DatabaseUser[name=groucho, host=%, databases=[db_name]]]\n",
                "it would delete the user 'john' instead");
        assertThat(calls()).containsExactly(
                "GET " + INSTANCE,
                "POST " + INSTANCE + "/databases", "POST " + INSTANCE + "/databases",
                "POST " + INSTANCE + "/users",
                "GET " + INSTANCE + "/databases", "GET " + INSTANCE + "/users",
                "GET " + INSTANCE + "/databases", "GET " + INSTANCE + "/users/groucho",
                "PUT " + INSTANCE + "/users/groucho/databases", "GET " + INSTANCE + "/users/groucho/databases",
                "DELETE " + INSTANCE + "/users/groucho/databases/db_name", "PUT " + INSTANCE + "/users",
                "POST " + INSTANCE + "/root", "GET " + INSTANCE + "/root",
                "DELETE " + INSTANCE + "/databases/db_name", "DELETE " + INSTANCE + "/users/groucho");
    }

    @Test
    void backupsAndDeletingTheInstance() {
        DatabaseInstance inst = inst();
        Backup backup = examples.creatingABackup(cdb, inst);
        examples.listingBackups(cdb, inst);
        DatabaseInstance restored = examples.restoringFromABackup(cdb, backup);
        examples.deletingABackup(cdb, backup);
        examples.deletingAnInstance(inst);

        assertThat(backup.status()).isEqualTo("COMPLETED");
        assertThat(restored.status()).isEqualTo("BUILD");
        assertThat(calls()).containsExactly(
                "GET " + INSTANCE,
                "POST " + API + "/backups", "POST " + API + "/backups", "GET " + API + "/backups/" + BACKUP_ID,
                "GET " + API + "/backups", "GET " + INSTANCE + "/backups", "GET " + INSTANCE + "/backups",
                "POST " + API + "/instances", "GET " + API + "/flavors", "POST " + API + "/instances",
                "DELETE " + API + "/backups/" + BACKUP_ID, "DELETE " + API + "/backups/" + BACKUP_ID,
                "POST " + INSTANCE + "/action", "DELETE " + INSTANCE);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** @return the requests after authentication, oldest first */
    private static List<String> calls() {
        List<LoggedRequest> all = new ArrayList<>(cloud.getAllServeEvents().stream()
                .map(event -> event.getRequest()).toList());
        Collections.reverse(all);
        return all.stream().filter(r -> !r.getUrl().startsWith("/v2.0/tokens"))
                .map(r -> r.getMethod().getName() + " " + r.getUrl()).toList();
    }
}
