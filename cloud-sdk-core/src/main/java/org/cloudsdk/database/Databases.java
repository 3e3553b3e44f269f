package org.cloudsdk.database;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.cloudsdk.errors.NoUniqueMatchException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.Json;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Transport;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.paging.Listing;
import org.cloudsdk.paging.PagingScheme;
import org.cloudsdk.service.ServiceContext;
import org.cloudsdk.service.ServiceDefinition;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

import reactor.core.publisher.Mono;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cloud Databases (pyrax's {@code pyrax.cloud_databases}; Rackspace's Trove API v1.0): MySQL
 * instances, flavors, databases, users, the root user and backups, in one region. Reached from a
 * context:
 *
 * <pre>{@code
 * Databases cdb = ctx.databases();
 * DatabaseInstance inst = cdb.create("first_instance", FlavorRef.id("1"), 2);
 * inst = Waiter.shared().waitForBuild(inst);
 * Database db = inst.createDatabase("db_name");
 * }</pre>
 *
 * <p>The chapter's limits are checked before any request with an {@link IllegalArgumentException}
 * naming the parameter: a volume of 1 to 50 GB, a backup name of at most 64 characters, a volume
 * resize that does not shrink ({@link InvalidVolumeResizeException}), and no delete of a user
 * whose name has a period (the API would delete another user). What the service refuses arrives
 * as the transport's typed exceptions ({@code NotFoundException}, {@code ConflictException}...;
 * a second backup while one runs is answered with 422).
 *
 * <p>Listings follow Trove's paging (limit and marker, the next marker in the {@code links}
 * entry with {@code rel=next}). Thread-safe; one client per region is shared by the application.
 */
public final class Databases {

    /** The registration of Cloud Databases: {@code ctx.databases()}, the starter's bean and health entry. */
    public static final ServiceDefinition<Databases> SERVICE = ServiceDefinition
            .builder("database", ServiceType.DATABASE, Databases.class, Databases::create)
            .healthCheck(Databases::healthDetails)
            .build();

    private static final PagingScheme PAGING = PagingScheme.linkMarker();

    private final ServiceClient client;

    Databases(ServiceClient client) {
        this.client = Objects.requireNonNull(client, "client must not be null");
    }

    private static Databases create(ServiceContext context) {
        return new Databases(context.client());
    }

    /** @return the underlying service client (endpoint, region, raw requests) */
    public ServiceClient client() {
        return client;
    }

    // ---------------------------------------------------------------- instances

    /**
     * pyrax's {@code cdb.list()}: every instance, page after page.
     *
     * @return the instances
     */
    public List<DatabaseInstance> list() {
        return instances(null).stream().toList();
    }

    /**
     * The lazy form of {@link #list()}: pages are fetched as iteration reaches them.
     *
     * @param pageSize instances per page, or null for the service's default
     * @return the listing
     */
    public Listing<DatabaseInstance> instances(@Nullable Integer pageSize) {
        return listing("listInstances", json -> new DatabaseInstance(this, json)).path("/instances")
                .items("instances").limit(pageSize).build();
    }

    /**
     * pyrax's {@code cdb.get(id)}.
     *
     * @param instanceId the instance's id
     * @return a fresh snapshot
     * @throws NotFoundException when there is no such instance
     */
    public DatabaseInstance get(String instanceId) {
        return Transport.blockValue(getAsync(instanceId));
    }

    Mono<DatabaseInstance> getAsync(String instanceId) {
        String id = DatabaseLimits.text(instanceId, "instanceId");
        return send(HttpMethod.GET, "getInstance", request -> request.path("/instances/{id}", id))
                .map(response -> new DatabaseInstance(this, response.json().path("instance")));
    }

    /**
     * pyrax's {@code cdb.create(name, flavor=..., volume=...)}.
     *
     * @param name the instance's name
     * @param flavor its flavor, by handle, id, name or RAM
     * @param volume its volume in GB, a whole number from 1 to 50
     * @return the instance as the create call describes it: status BUILD
     */
    public DatabaseInstance create(String name, FlavorRef flavor, int volume) {
        return create(name, flavor, volume, InstanceCreateOptions.defaults());
    }

    /**
     * pyrax's {@code cdb.create(name, flavor, volume, databases=..., users=...)}: the instance
     * and its first databases and users in one call. Returns at once; wait with
     * {@code Waiter.shared().waitForBuild}.
     *
     * @param name the instance's name
     * @param flavor its flavor, by handle, id, name or RAM
     * @param volume its volume in GB, a whole number from 1 to 50
     * @param options the databases and users to create with it
     * @return the instance as the create call describes it: status BUILD
     */
    public DatabaseInstance create(String name, FlavorRef flavor, int volume, InstanceCreateOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        ObjectNode instance = newInstance(name, flavor, volume);
        if (!options.databases().isEmpty()) {
            instance.set("databases", databaseArray(options.databases()));
        }
        if (!options.users().isEmpty()) {
            instance.set("users", userArray(options.users()));
        }
        return postInstance("createInstance", instance, resolveFlavor(flavor));
    }

    /**
     * pyrax's {@code instance.delete()} by id.
     *
     * @param instanceId the instance's id
     */
    public void delete(String instanceId) {
        String id = DatabaseLimits.text(instanceId, "instanceId");
        block(send(HttpMethod.DELETE, "deleteInstance", request -> request.path("/instances/{id}", id)));
    }

    /**
     * pyrax's {@code instance.restart()} by id.
     *
     * @param instanceId the instance's id
     */
    public void restart(String instanceId) {
        action(instanceId, "restartInstance", "restart", Json.object());
    }

    /**
     * pyrax's {@code instance.resize(flavor)}: changes the RAM of the instance.
     *
     * @param instanceId the instance's id
     * @param flavor the new flavor, by handle, id, name or RAM
     */
    public void resize(String instanceId, FlavorRef flavor) {
        DatabaseLimits.text(instanceId, "instanceId");
        Objects.requireNonNull(flavor, "flavor must not be null");
        ObjectNode resize = Json.object();
        resize.put("flavorRef", resolveFlavor(flavor));
        action(instanceId, "resizeInstance", "resize", resize);
    }

    /**
     * pyrax's {@code cdb.resize_volume(instance, size)} by id: reads the instance to know its
     * size, then asks for the larger volume.
     *
     * @param instanceId the instance's id
     * @param size the new size in GB, larger than the current one and at most 50
     * @throws InvalidVolumeResizeException when it is not larger, before the resize request
     */
    public void resizeVolume(String instanceId, int size) {
        DatabaseLimits.volume(size, "size");
        resizeVolume(get(instanceId), size);
    }

    void resizeVolume(DatabaseInstance instance, int size) {
        DatabaseLimits.volume(size, "size");
        int current = instance.volumeSize().orElse(0);
        if (size <= current) {
            throw new InvalidVolumeResizeException(current, size);
        }
        ObjectNode resize = Json.object();
        resize.putObject("volume").put("size", size);
        action(instance.id(), "resizeVolume", "resize", resize);
    }

    // ---------------------------------------------------------------- flavors

    /**
     * pyrax's {@code cdb.list_flavors()}.
     *
     * @return every flavor, such as {@code DatabaseFlavor[id=1, name=512MB Instance, ram=512]}
     */
    public List<DatabaseFlavor> listFlavors() {
        return listing("listFlavors", json -> new DatabaseFlavor(this, json)).path("/flavors").items("flavors")
                .build().stream().toList();
    }

    /**
     * pyrax's {@code cdb.get_flavor(id)}.
     *
     * @param flavorId the flavor's id
     * @return the flavor
     * @throws NotFoundException when there is no such flavor
     */
    public DatabaseFlavor getFlavor(String flavorId) {
        return Transport.blockValue(getFlavorAsync(flavorId));
    }

    Mono<DatabaseFlavor> getFlavorAsync(String flavorId) {
        String id = DatabaseLimits.text(flavorId, "flavorId");
        return send(HttpMethod.GET, "getFlavor", request -> request.path("/flavors/{id}", id))
                .map(response -> new DatabaseFlavor(this, response.json().path("flavor")));
    }

    /**
     * @param flavor a reference by handle, id, name or RAM
     * @return the flavor it names (an id is read with one GET, a name or RAM from the listing)
     * @throws NotFoundException when no flavor matches
     * @throws NoUniqueMatchException when several flavors have that name
     */
    public DatabaseFlavor findFlavor(FlavorRef flavor) {
        Objects.requireNonNull(flavor, "flavor must not be null");
        String id = flavor.knownId();
        if (id != null) {
            return getFlavor(id);
        }
        List<DatabaseFlavor> matches = listFlavors().stream().filter(flavor::matches).toList();
        if (matches.isEmpty()) {
            throw new NotFoundException("database: no " + flavor + " among the flavors of this region");
        }
        if (matches.size() > 1 && flavor.byName()) {
            throw new NoUniqueMatchException("database: " + matches.size() + " flavors match the " + flavor + "; use an id");
        }
        return matches.get(0);
    }

    /** The id to send as {@code flavorRef}: as given, or looked up by name or RAM. */
    private String resolveFlavor(FlavorRef flavor) {
        String id = flavor.knownId();
        return id != null ? id : findFlavor(flavor).id();
    }

    // ---------------------------------------------------------------- databases

    /**
     * pyrax's {@code cdb.create_database(instance, name)}, with {@code utf8} and
     * {@code utf8_general_ci}.
     *
     * @param instanceId the instance's id
     * @param name the database's name
     * @return the database
     */
    public Database createDatabase(String instanceId, String name) {
        return createDatabase(instanceId, NewDatabase.of(name));
    }

    /**
     * pyrax's {@code cdb.create_database(instance, name, character_set, collate)}.
     *
     * @param instanceId the instance's id
     * @param database its name, character set and collation
     * @return the database, as sent (the service answers 202 without a body)
     */
    public Database createDatabase(String instanceId, NewDatabase database) {
        String id = DatabaseLimits.text(instanceId, "instanceId");
        Objects.requireNonNull(database, "database must not be null");
        ObjectNode body = Json.object();
        body.set("databases", databaseArray(List.of(database)));
        block(send(HttpMethod.POST, "createDatabase", request -> request.path("/instances/{id}/databases", id)
                .jsonBody(Json.write(body))));
        return new Database(this, id, body.path("databases").path(0));
    }

    /**
     * pyrax's {@code instance.list_databases()}.
     *
     * @param instanceId the instance's id
     * @return its databases
     */
    public List<Database> listDatabases(String instanceId) {
        return databases(instanceId, null).stream().toList();
    }

    /**
     * @param instanceId the instance's id
     * @param pageSize databases per page, or null for the service's default
     * @return the lazy listing of its databases
     */
    public Listing<Database> databases(String instanceId, @Nullable Integer pageSize) {
        String id = DatabaseLimits.text(instanceId, "instanceId");
        return listing("listDatabases", json -> new Database(this, id, json)).path("/instances/{id}/databases", id)
                .items("databases").limit(pageSize).build();
    }

    /**
     * pyrax's {@code instance.get_database(name)}: the API has no GET of one database, so it is
     * found in the listing.
     *
     * @param instanceId the instance's id
     * @param name the database's name
     * @return the database
     * @throws NotFoundException when the instance has none of that name
     */
    public Database getDatabase(String instanceId, String name) {
        return Transport.blockValue(getDatabaseAsync(instanceId, name));
    }

    Mono<Database> getDatabaseAsync(String instanceId, String name) {
        String wanted = DatabaseLimits.text(name, "name");
        return databases(instanceId, null).flux().filter(database -> database.name().equals(wanted)).next()
                .switchIfEmpty(Mono.error(() -> new NotFoundException("database: instance " + instanceId
                        + " has no database named '" + wanted + "'")));
    }

    /**
     * pyrax's {@code cdb.delete_database(instance, name)}.
     *
     * @param instanceId the instance's id
     * @param name the database's name
     */
    public void deleteDatabase(String instanceId, String name) {
        String id = DatabaseLimits.text(instanceId, "instanceId");
        String database = DatabaseLimits.text(name, "name");
        block(send(HttpMethod.DELETE, "deleteDatabase",
                request -> request.path("/instances/{id}/databases/{name}", id, database)));
    }

    // ---------------------------------------------------------------- users

    /**
     * pyrax's {@code cdb.create_user(instance, name, password, database_names)}: a user who may
     * connect from any host.
     *
     * @param instanceId the instance's id
     * @param name the user's name
     * @param password its password
     * @param databaseNames the databases it may use
     * @return the user, as sent (without its password)
     */
    public DatabaseUser createUser(String instanceId, String name, String password, Collection<String> databaseNames) {
        return createUser(instanceId, NewUser.of(name, password, databaseNames));
    }

    /**
     * pyrax's {@code cdb.create_user(instance, name, password, database_names, host)}.
     *
     * @param instanceId the instance's id
     * @param user name, password, databases and host
     * @return the user, as sent (without its password; the service answers 202 without a body)
     */
    public DatabaseUser createUser(String instanceId, NewUser user) {
        String id = DatabaseLimits.text(instanceId, "instanceId");
        Objects.requireNonNull(user, "user must not be null");
        ObjectNode body = Json.object();
        body.set("users", userArray(List.of(user)));
        block(send(HttpMethod.POST, "createUser", request -> request.path("/instances/{id}/users", id)
                .jsonBody(Json.write(body))));
        ObjectNode described = ((ObjectNode) body.path("users").path(0)).deepCopy();
        described.remove("password");
        return new DatabaseUser(this, id, described);
    }

    /**
     * pyrax's {@code instance.list_users()}.
     *
     * @param instanceId the instance's id
     * @return its users (root only when enabled)
     */
    public List<DatabaseUser> listUsers(String instanceId) {
        return users(instanceId, null).stream().toList();
    }

    /**
     * @param instanceId the instance's id
     * @param pageSize users per page, or null for the service's default
     * @return the lazy listing of its users
     */
    public Listing<DatabaseUser> users(String instanceId, @Nullable Integer pageSize) {
        String id = DatabaseLimits.text(instanceId, "instanceId");
        return listing("listUsers", json -> new DatabaseUser(this, id, json)).path("/instances/{id}/users", id)
                .items("users").limit(pageSize).build();
    }

    /**
     * pyrax's {@code instance.get_user(name)}.
     *
     * @param instanceId the instance's id
     * @param name the user's name
     * @return the user
     * @throws NotFoundException when there is no such user
     */
    public DatabaseUser getUser(String instanceId, String name) {
        return Transport.blockValue(getUserAsync(instanceId, name));
    }

    Mono<DatabaseUser> getUserAsync(String instanceId, String name) {
        String id = DatabaseLimits.text(instanceId, "instanceId");
        String user = DatabaseLimits.text(name, "name");
        return send(HttpMethod.GET, "getUser", request -> request.path("/instances/{id}/users/{name}", id, user))
                .map(response -> new DatabaseUser(this, id, response.json().path("user")));
    }

    /**
     * pyrax's {@code cdb.delete_user(instance, name)}. A name with a period is refused before
     * any request: the chapter documents that the API cuts the name at its first period and
     * deletes that other user ({@code john.doe} would delete {@code john}). Delete such users
     * with a MySQL administration tool.
     *
     * @param instanceId the instance's id
     * @param name the user's name
     * @throws IllegalArgumentException when the name contains a period
     */
    public void deleteUser(String instanceId, String name) {
        String id = DatabaseLimits.text(instanceId, "instanceId");
        String user = DatabaseLimits.deletableUserName(name);
        block(send(HttpMethod.DELETE, "deleteUser", request -> request.path("/instances/{id}/users/{name}", id, user)));
    }

    /**
     * pyrax's {@code instance.change_user_password(user, new_pass)}.
     *
     * @param instanceId the instance's id
     * @param name the user's name
     * @param password the new password
     */
    public void changeUserPassword(String instanceId, String name, String password) {
        String id = DatabaseLimits.text(instanceId, "instanceId");
        ObjectNode body = Json.object();
        body.putArray("users").addObject().put("name", DatabaseLimits.text(name, "name"))
                .put("password", DatabaseLimits.text(password, "password"));
        block(send(HttpMethod.PUT, "changeUserPassword", request -> request.path("/instances/{id}/users", id)
                .jsonBody(Json.write(body))));
    }

    /**
     * pyrax's {@code instance.list_user_access(user)}.
     *
     * @param instanceId the instance's id
     * @param name the user's name
     * @return the names of the databases it may use
     */
    public List<String> listUserAccess(String instanceId, String name) {
        String id = DatabaseLimits.text(instanceId, "instanceId");
        String user = DatabaseLimits.text(name, "name");
        JsonNode databases = block(send(HttpMethod.GET, "listUserAccess",
                request -> request.path("/instances/{id}/users/{name}/databases", id, user))).json().path("databases");
        List<String> names = new ArrayList<>();
        databases.forEach(database -> names.add(database.path("name").asString()));
        return List.copyOf(names);
    }

    /**
     * pyrax's {@code instance.grant_user_access(user, db_names)}.
     *
     * @param instanceId the instance's id
     * @param name the user's name
     * @param databaseNames the databases to let it use (at least one)
     */
    public void grantUserAccess(String instanceId, String name, Collection<String> databaseNames) {
        String id = DatabaseLimits.text(instanceId, "instanceId");
        String user = DatabaseLimits.text(name, "name");
        List<String> names = databaseNames(databaseNames);
        ObjectNode body = Json.object();
        ArrayNode databases = body.putArray("databases");
        names.forEach(database -> databases.addObject().put("name", database));
        block(send(HttpMethod.PUT, "grantUserAccess", request -> request
                .path("/instances/{id}/users/{name}/databases", id, user).jsonBody(Json.write(body))));
    }

    /**
     * pyrax's {@code instance.revoke_user_access(user, db_names)}: one request per database, as
     * the API takes them one at a time.
     *
     * @param instanceId the instance's id
     * @param name the user's name
     * @param databaseNames the databases to take from it (at least one)
     */
    public void revokeUserAccess(String instanceId, String name, Collection<String> databaseNames) {
        String id = DatabaseLimits.text(instanceId, "instanceId");
        String user = DatabaseLimits.text(name, "name");
        for (String database : databaseNames(databaseNames)) {
            block(send(HttpMethod.DELETE, "revokeUserAccess", request -> request
                    .path("/instances/{id}/users/{name}/databases/{database}", id, user, database)));
        }
    }

    // ---------------------------------------------------------------- root

    /**
     * pyrax's {@code instance.enable_root_user()}: enables root (or gives it a new password).
     *
     * @param instanceId the instance's id
     * @return root's password, given this once
     */
    public String enableRootUser(String instanceId) {
        String id = DatabaseLimits.text(instanceId, "instanceId");
        return block(send(HttpMethod.POST, "enableRootUser", request -> request.path("/instances/{id}/root", id)))
                .json().path("user").path("password").asString();
    }

    /**
     * pyrax's {@code instance.root_user_status()}.
     *
     * @param instanceId the instance's id
     * @return whether root was ever enabled on the instance
     */
    public boolean rootUserStatus(String instanceId) {
        String id = DatabaseLimits.text(instanceId, "instanceId");
        return block(send(HttpMethod.GET, "rootUserStatus", request -> request.path("/instances/{id}/root", id)))
                .json().path("rootEnabled").asBoolean();
    }

    // ---------------------------------------------------------------- backups

    /**
     * pyrax's {@code cdb.create_backup(instance, name)}.
     *
     * @param instanceId the instance to back up
     * @param name the backup's name, at most 64 characters
     * @return the backup, status NEW
     */
    public Backup createBackup(String instanceId, String name) {
        return backup(instanceId, name, null);
    }

    /**
     * pyrax's {@code cdb.create_backup(instance, name, description=...)}.
     *
     * @param instanceId the instance to back up
     * @param name the backup's name, at most 64 characters
     * @param description its description
     * @return the backup, status NEW
     */
    public Backup createBackup(String instanceId, String name, String description) {
        return backup(instanceId, name, Objects.requireNonNull(description, "description must not be null"));
    }

    private Backup backup(String instanceId, String name, @Nullable String description) {
        String id = DatabaseLimits.text(instanceId, "instanceId");
        ObjectNode backup = Json.object();
        backup.put("name", DatabaseLimits.backupName(name));
        backup.put("instance", id);
        if (description != null) {
            backup.put("description", description);
        }
        ObjectNode body = Json.object();
        body.set("backup", backup);
        return new Backup(this, block(send(HttpMethod.POST, "createBackup", request -> request.path("/backups")
                .jsonBody(Json.write(body)))).json().path("backup"));
    }

    /**
     * pyrax's {@code cdb.list_backups()}.
     *
     * @return every backup of the account in this region
     */
    public List<Backup> listBackups() {
        return listing("listBackups", json -> new Backup(this, json)).path("/backups").items("backups")
                .build().stream().toList();
    }

    /**
     * pyrax's {@code cdb.list_backups(instance)} / {@code instance.list_backups()}.
     *
     * @param instanceId the instance's id
     * @return that instance's backups
     */
    public List<Backup> listBackups(String instanceId) {
        String id = DatabaseLimits.text(instanceId, "instanceId");
        return listing("listInstanceBackups", json -> new Backup(this, json)).path("/instances/{id}/backups", id)
                .items("backups").build().stream().toList();
    }

    /**
     * @param backupId the backup's id
     * @return the backup
     * @throws NotFoundException when there is no such backup
     */
    public Backup getBackup(String backupId) {
        return Transport.blockValue(getBackupAsync(backupId));
    }

    Mono<Backup> getBackupAsync(String backupId) {
        String id = DatabaseLimits.text(backupId, "backupId");
        return send(HttpMethod.GET, "getBackup", request -> request.path("/backups/{id}", id))
                .map(response -> new Backup(this, response.json().path("backup")));
    }

    /**
     * pyrax's {@code cdb.delete_backup(backup)}: removes it and its files.
     *
     * @param backupId the backup's id
     */
    public void deleteBackup(String backupId) {
        String id = DatabaseLimits.text(backupId, "backupId");
        block(send(HttpMethod.DELETE, "deleteBackup", request -> request.path("/backups/{id}", id)));
    }

    /**
     * pyrax's {@code cdb.restore_backup(backup, name, flavor, volume)}: a new instance holding the
     * backup's databases and users.
     *
     * @param backupId the backup's id
     * @param name the new instance's name
     * @param flavor its flavor, by handle, id, name or RAM
     * @param volume its volume in GB, 1 to 50
     * @return the new instance, status BUILD
     */
    public DatabaseInstance restoreBackup(String backupId, String name, FlavorRef flavor, int volume) {
        String id = DatabaseLimits.text(backupId, "backupId");
        ObjectNode instance = newInstance(name, flavor, volume);
        instance.putObject("restorePoint").put("backupRef", id);
        return postInstance("restoreBackup", instance, resolveFlavor(flavor));
    }

    // ---------------------------------------------------------------- health

    /** The health entry's read: one flavor, a cheap GET that proves the token and the endpoint. */
    private Mono<Map<String, Object>> healthDetails() {
        return client.exchange(client.request(HttpMethod.GET, "listFlavors").path("/flavors").query("limit", 1))
                .map(response -> {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("region", String.valueOf(client.region()));
                    details.put("interface", client.endpointInterface());
                    return details;
                });
    }

    @Override
    public String toString() {
        return "Databases[region=" + client.region() + ", interface=" + client.endpointInterface() + "]";
    }

    // ---------------------------------------------------------------- plumbing

    /** The checked name and volume of a new instance; the flavor is resolved after these checks. */
    private static ObjectNode newInstance(String name, FlavorRef flavor, int volume) {
        ObjectNode instance = Json.object();
        instance.put("name", DatabaseLimits.text(name, "name"));
        Objects.requireNonNull(flavor, "flavor must not be null");
        instance.putObject("volume").put("size", DatabaseLimits.volume(volume, "volume"));
        return instance;
    }

    private DatabaseInstance postInstance(String operation, ObjectNode instance, String flavorId) {
        ObjectNode ordered = Json.object();
        ordered.put("flavorRef", flavorId);
        ordered.setAll(instance);
        ObjectNode body = Json.object();
        body.set("instance", ordered);
        return new DatabaseInstance(this, block(send(HttpMethod.POST, operation, request -> request.path("/instances")
                .jsonBody(Json.write(body)))).json().path("instance"));
    }

    private void action(String instanceId, String operation, String action, ObjectNode argument) {
        String id = DatabaseLimits.text(instanceId, "instanceId");
        ObjectNode body = Json.object();
        body.set(action, argument);
        block(send(HttpMethod.POST, operation, request -> request.path("/instances/{id}/action", id)
                .jsonBody(Json.write(body))));
    }

    private static ArrayNode databaseArray(List<NewDatabase> databases) {
        ArrayNode array = Json.array();
        databases.forEach(database -> array.addObject().put("name", database.name())
                .put("character_set", database.characterSet()).put("collate", database.collate()));
        return array;
    }

    private static ArrayNode userArray(List<NewUser> users) {
        ArrayNode array = Json.array();
        for (NewUser user : users) {
            ObjectNode node = array.addObject().put("name", user.name()).put("password", user.password())
                    .put("host", user.host());
            ArrayNode databases = node.putArray("databases");
            user.databaseNames().forEach(database -> databases.addObject().put("name", database));
        }
        return array;
    }

    private static List<String> databaseNames(@Nullable Collection<String> databaseNames) {
        Objects.requireNonNull(databaseNames, "databaseNames must not be null");
        if (databaseNames.isEmpty()) {
            throw new IllegalArgumentException("databaseNames must name at least one database");
        }
        return databaseNames.stream().map(name -> DatabaseLimits.text(name, "databaseNames")).toList();
    }

    private Mono<ApiResponse> send(HttpMethod method, String operation,
            Function<ApiRequest.Builder, ApiRequest.Builder> spec) {
        return client.exchange(spec.apply(client.request(method, operation)));
    }

    private <T> Listing.Builder<T> listing(String operation, Function<JsonNode, T> mapper) {
        return Listing.builder(client, operation, PAGING, mapper::apply);
    }

    private static ApiResponse block(Mono<ApiResponse> response) {
        return Transport.blockValue(response);
    }
}
