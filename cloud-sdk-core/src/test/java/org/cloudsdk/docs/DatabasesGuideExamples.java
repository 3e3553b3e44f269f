package org.cloudsdk.docs;

import java.io.PrintStream;
import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.database.Backup;
import org.cloudsdk.database.Database;
import org.cloudsdk.database.DatabaseFlavor;
import org.cloudsdk.database.DatabaseInstance;
import org.cloudsdk.database.DatabaseUser;
import org.cloudsdk.database.Databases;
import org.cloudsdk.database.FlavorRef;
import org.cloudsdk.database.InstanceCreateOptions;
import org.cloudsdk.database.InvalidVolumeResizeException;
import org.cloudsdk.database.NewDatabase;
import org.cloudsdk.database.NewUser;
import org.cloudsdk.wait.Waiter;

/**
 * The examples of {@code docs/databases.md}, as compiled code: the body of each method is a
 * {@code java} block of the guide, character for character but for indentation
 * ({@code DocExamplesMatchSourcesTest} checks it).
 *
 * <p>What a block takes for granted is a parameter of its method, named as the guide names it:
 * {@code cdb} is the {@link Databases} client ({@code ctx.databases()}), {@code inst} an instance,
 * {@code db} a database in it, {@code backup} a backup. {@code out} is where the examples print.
 * No Cloud Databases runs here, so {@code DatabasesGuideExamplesTest} runs them against WireMock
 * answering as the v1.0 API reference documents.
 */
public class DatabasesGuideExamples {

    private final PrintStream out;

    /** @param out where the examples print */
    public DatabasesGuideExamples(PrintStream out) {
        this.out = out;
    }

    /** Reaching the client. */
    public void connecting(CloudContext ctx) {
        Databases cdb = ctx.databases();                 // the default region
        Databases sydney = ctx.databases("SYD");         // another region
    }

    /** Listing instances. */
    public List<DatabaseInstance> listingInstances(Databases cdb) {
        List<DatabaseInstance> instances = cdb.list();
        return instances;
    }

    /** Listing flavors. */
    public void listingFlavors(Databases cdb) {
        List<DatabaseFlavor> flavors = cdb.listFlavors();
        flavors.forEach(out::println);  // DatabaseFlavor[id=1, name=512MB Instance, ram=512] ...
    }

    /** Creating an instance. */
    public DatabaseInstance creatingAnInstance(Databases cdb) {
        DatabaseInstance inst = cdb.create("first_instance", FlavorRef.id("1"), 2);
        out.println(inst);              // DatabaseInstance[id=471eff58-..., name=first_instance, status=BUILD]
        inst = Waiter.shared().waitForBuild(inst);
        out.println(inst.hostname().orElseThrow());  // a1d5f7312d85f95071ea658d699962b690bd6b60.rackspaceclouddb.com
        return inst;
    }

    /** The four ways of naming a flavor. */
    public void namingAFlavor(Databases cdb) {
        cdb.create("by_id", FlavorRef.id("1"), 2);
        cdb.create("by_name", FlavorRef.name("512MB Instance"), 2);
        cdb.create("by_ram", FlavorRef.ram(512), 2);
        DatabaseFlavor smallest = cdb.listFlavors().get(0);
        cdb.create("by_handle", smallest.ref(), 2);
    }

    /** Databases and users in the create call. */
    public void creatingWithDatabasesAndUsers(Databases cdb) {
        DatabaseInstance inst = cdb.create("first_instance", FlavorRef.id("1"), 2,
                InstanceCreateOptions.builder()
                        .database(NewDatabase.of("db_name"))
                        .user(NewUser.of("groucho", "top secret", List.of("db_name")))
                        .build());
    }

    /** Resizing an instance. */
    public void resizingAnInstance(DatabaseInstance inst) {
        // By name
        inst.resize(FlavorRef.name("2GB Instance"));
        // By RAM (in MB)
        inst.resize(FlavorRef.ram(2048));
        // By ID
        inst.resize(FlavorRef.id("3"));
    }

    /** Resizing a volume. */
    public void resizingAVolume(DatabaseInstance inst) {
        inst.resizeVolume(8);           // from the snapshot's 2 GB
        try {
            inst.resizeVolume(1);       // smaller than 2 GB: refused before any request
        } catch (InvalidVolumeResizeException e) {
            out.println(e.getMessage());
        }
    }

    /** Creating a database. */
    public Database creatingADatabase(Databases cdb, DatabaseInstance inst) {
        Database db = inst.createDatabase("db_name");            // utf8, utf8_general_ci
        out.println("DB: " + db);
        // or on the client, naming the instance by id:
        db = cdb.createDatabase(inst.id(), NewDatabase.builder("db_name")
                .characterSet("utf8mb4").collate("utf8mb4_unicode_ci").build());
        return db;
    }

    /** Creating a user. */
    public DatabaseUser creatingAUser(DatabaseInstance inst, Database db) {
        DatabaseUser user = inst.createUser(NewUser.builder("groucho", "top secret")
                .databaseNames(List.of(db.name())).host("%").build());
        out.println("User: " + user);   // User: DatabaseUser[name=groucho, host=%, databases=[db_name]]
        return user;
    }

    /** Listing databases and users. */
    public void listingDatabasesAndUsers(DatabaseInstance inst) {
        List<Database> dbs = inst.listDatabases();
        List<DatabaseUser> users = inst.listUsers();
        out.println("DBs: " + dbs);
        out.println("Users: " + users);
    }

    /** Getting one database or user. */
    public void gettingADatabaseOrUser(DatabaseInstance inst) {
        Database db = inst.getDatabase("db_name");
        DatabaseUser user = inst.getUser("groucho");
        out.println("DB: " + db);
        out.println("User: " + user);
    }

    /** A user's access and password, and the root user. */
    public void userAccessAndRoot(DatabaseInstance inst) {
        inst.grantUserAccess("groucho", List.of("db_name"));
        List<String> access = inst.listUserAccess("groucho");
        inst.revokeUserAccess("groucho", List.of("db_name"));
        inst.changeUserPassword("groucho", "new secret");

        String rootPassword = inst.enableRootUser();             // given this once
        boolean rootEverEnabled = inst.rootUserStatus();
    }

    /** Creating a backup. */
    public Backup creatingABackup(Databases cdb, DatabaseInstance inst) {
        Backup backup = cdb.createBackup(inst.id(), "snapshot", "before the upgrade");
        // - or -
        backup = inst.createBackup("snapshot");
        backup = Waiter.shared().waitForBuild(backup);         // NEW, RUNNING, then COMPLETED
        return backup;
    }

    /** Listing backups. */
    public void listingBackups(Databases cdb, DatabaseInstance inst) {
        List<Backup> all = cdb.listBackups();
        List<Backup> ofOneInstance = cdb.listBackups(inst.id());
        // - or -
        ofOneInstance = inst.listBackups();
    }

    /** Deleting a backup. */
    public void deletingABackup(Databases cdb, Backup backup) {
        cdb.deleteBackup(backup.id());
        // - or -
        backup.delete();
    }

    /** Restoring from a backup. */
    public DatabaseInstance restoringFromABackup(Databases cdb, Backup backup) {
        DatabaseInstance restored = cdb.restoreBackup(backup.id(), "restored", FlavorRef.id("1"), 2);
        // - or -
        restored = backup.restore("restored", FlavorRef.ram(512), 2);
        return restored;
    }

    /** Deleting databases and users. */
    public void deletingDatabasesAndUsers(DatabaseInstance inst, Database db) {
        db.delete();
        inst.deleteUser("groucho");
        try {
            inst.deleteUser("john.doe");  // refused: the API would delete "john"
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
        }
    }

    /** Deleting an instance. */
    public void deletingAnInstance(DatabaseInstance inst) {
        inst.restart();
        inst.delete();
    }
}
