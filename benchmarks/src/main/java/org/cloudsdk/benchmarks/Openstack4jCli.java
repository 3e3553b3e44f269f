package org.cloudsdk.benchmarks;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.api.storage.ObjectStorageObjectService;
import org.openstack4j.core.transport.Config;
import org.openstack4j.model.common.Identifier;
import org.openstack4j.model.common.Payloads;
import org.openstack4j.model.identity.v3.Token;
import org.openstack4j.model.storage.object.SwiftObject;
import org.openstack4j.model.storage.object.options.ObjectListOptions;
import org.openstack4j.openstack.OSFactory;

/**
 * The benchmark entry point of openstack4j (a peer, used as a library from Maven Central), with the
 * same subcommands as {@link SdkCli} except {@code iterate-wiremock}.
 *
 * <p>openstack4j keeps its session in a thread-local: a client built on one thread cannot be used
 * from another. As its documentation tells users, every worker thread makes its own client from
 * the token of the one authentication ({@code OSFactory.clientFromToken}), so the load task still
 * authenticates once. The connection pool is raised to 64 connections (its default is smaller) so
 * the 64 load threads are not queued behind it.
 */
public final class Openstack4jCli implements StorageCli {

    private static final int PAGE = 10_000;
    private static final int CONNECTIONS = 64;

    private final String region;
    private final Config config = Config.newConfig().withMaxConnections(CONNECTIONS)
            .withMaxConnectionsPerRoute(CONNECTIONS);
    private final Token token;
    private final ThreadLocal<OSClientV3> clients;

    private Openstack4jCli() {
        CloudAccount account = CloudAccount.load();
        region = account.region();
        OSClientV3 client = OSFactory.builderV3().endpoint(account.authUrl()).withConfig(config)
                .credentials(account.username(), account.password(), Identifier.byName(account.userDomain()))
                .scopeToProject(Identifier.byName(account.project()), Identifier.byName(account.projectDomain()))
                .authenticate();
        client.useRegion(region);
        token = client.getToken();
        clients = ThreadLocal.withInitial(() -> OSFactory.clientFromToken(token, config).useRegion(region));
        clients.set(client);
    }

    /** @param args the subcommand and its arguments */
    public static void main(String[] args) {
        StorageCli.commandLine("Openstack4jCli", Openstack4jCli::new)
                .runAndExit(args);
    }

    /** openstack4j has nothing to close: its clients hold no thread or connection of their own. */
    @Override
    public void close() {
        clients.remove();
    }

    /** @return the object service of this thread's client */
    private ObjectStorageObjectService objects() {
        return clients.get().objectStorage().objects();
    }

    /** Every page of the listing, following the last name as marker. */
    private Map<String, String> listing(String container) {
        Map<String, String> etags = new HashMap<>();
        String marker = null;
        while (true) {
            ObjectListOptions options = ObjectListOptions.create().limit(PAGE);
            if (marker != null) {
                options.marker(marker);
            }
            List<? extends SwiftObject> page = objects().list(container, options);
            page.forEach(object -> etags.put(object.getName(), object.getETag()));
            if (page.size() < PAGE) {
                return etags;
            }
            marker = page.get(page.size() - 1).getName();
        }
    }

    @Override
    public int sync(Path folder, String container) throws Exception {
        return ListThenUpload.sync(folder, new ListThenUpload.Remote() {
            @Override
            public Map<String, String> etags() {
                return listing(container);
            }

            @Override
            public void upload(String name, Path file) {
                store(container, name, file);
            }
        });
    }

    @Override
    public int upload(Path file, String container, String object) {
        CommandLine.result("etag", store(container, object, file));
        return CommandLine.EXIT_OK;
    }

    /** openstack4j reports a refused PUT (a missing container, say) as a null ETag, not an exception. */
    private String store(String container, String object, Path file) {
        String etag = objects().put(container, object, Payloads.create(file.toFile()));
        if (etag == null) {
            throw new IllegalStateException("the upload of '" + object + "' returned no ETag: it was refused");
        }
        return etag;
    }

    @Override
    public int download(String container, String object, Path file) throws Exception {
        objects().download(container, object).writeToFile(file.toFile());
        CommandLine.result("bytes", Files.size(file));
        return CommandLine.EXIT_OK;
    }

    @Override
    public int load(String container, int threads, int calls) throws InterruptedException {
        List<String> names = List.copyOf(new java.util.TreeSet<>(listing(container).keySet()));
        LoadDriver.Outcome outcome = LoadDriver.run(names, threads, calls, new LoadDriver.Client() {
            @Override
            public void head(String object) {
                Map<String, String> metadata = objects().getMetadata(container, object);
                if (metadata == null || metadata.isEmpty()) {
                    throw new IllegalStateException("HEAD " + object + " returned nothing");
                }
            }

            @Override
            public long get(String object) throws Exception {
                try (InputStream in = objects().download(container, object).getInputStream()) {
                    return in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        });
        outcome.report();
        return outcome.exitCode();
    }

    @Override
    public int list(String container) {
        CommandLine.result("count", listing(container).size());
        return CommandLine.EXIT_OK;
    }
}
