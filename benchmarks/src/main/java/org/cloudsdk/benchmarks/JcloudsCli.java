package org.cloudsdk.benchmarks;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.jclouds.Constants;
import org.jclouds.ContextBuilder;
import org.jclouds.io.Payloads;
import org.jclouds.logging.slf4j.config.SLF4JLoggingModule;
import org.jclouds.openstack.keystone.config.KeystoneProperties;
import org.jclouds.openstack.swift.v1.SwiftApi;
import org.jclouds.openstack.swift.v1.domain.ObjectList;
import org.jclouds.openstack.swift.v1.domain.SwiftObject;
import org.jclouds.openstack.swift.v1.features.ObjectApi;
import org.jclouds.openstack.swift.v1.options.ListContainerOptions;

/**
 * The benchmark entry point of Apache jclouds' {@code openstack-swift} API (a peer, used as a
 * library from Maven Central), with the same subcommands as {@link SdkCli} except
 * {@code iterate-wiremock}. Keystone v3 is selected with {@code jclouds.keystone.version=3}, the
 * identity is {@code domain:user} and the scope {@code project:<name>}. One {@link SwiftApi} is
 * shared by all threads; its connection limits are raised to 64 (default 20 per context).
 */
public final class JcloudsCli implements StorageCli {

    private static final int PAGE = 10_000;
    private static final String CONNECTIONS = "64";

    private final SwiftApi api;
    private final String region;

    private JcloudsCli() {
        CloudAccount account = CloudAccount.load();
        Properties overrides = new Properties();
        overrides.setProperty(KeystoneProperties.KEYSTONE_VERSION, "3");
        overrides.setProperty(KeystoneProperties.SCOPE, "project:" + account.project());
        overrides.setProperty(KeystoneProperties.PROJECT_DOMAIN_NAME, account.projectDomain());
        overrides.setProperty(Constants.PROPERTY_MAX_CONNECTIONS_PER_CONTEXT, CONNECTIONS);
        overrides.setProperty(Constants.PROPERTY_MAX_CONNECTIONS_PER_HOST, CONNECTIONS);
        api = ContextBuilder.newBuilder("openstack-swift").endpoint(account.authUrl())
                .credentials(account.userDomain() + ":" + account.username(), account.password())
                .overrides(overrides).modules(Set.of(new SLF4JLoggingModule())).buildApi(SwiftApi.class);
        region = account.region();
    }

    /** @param args the subcommand and its arguments */
    public static void main(String[] args) {
        StorageCli.commandLine("JcloudsCli", JcloudsCli::new)
                .runAndExit(args);
    }

    private ObjectApi objects(String container) {
        return api.getObjectApi(region, container);
    }

    /** Every page of the listing, following the last name as marker. */
    private Map<String, String> listing(String container) {
        Map<String, String> etags = new HashMap<>();
        ObjectApi objects = objects(container);
        String marker = null;
        while (true) {
            ListContainerOptions options = new ListContainerOptions().limit(PAGE);
            if (marker != null) {
                options.marker(marker);
            }
            ObjectList page = objects.list(options);
            if (page == null) {
                throw new IllegalStateException("container '" + container + "' does not exist");
            }
            page.forEach(object -> etags.put(object.getName(), object.getETag()));
            if (page.size() < PAGE) {
                return etags;
            }
            marker = page.get(page.size() - 1).getName();
        }
    }

    @Override
    public int sync(Path folder, String container) throws Exception {
        ObjectApi objects = objects(container);
        return ListThenUpload.sync(folder, new ListThenUpload.Remote() {
            @Override
            public Map<String, String> etags() {
                return listing(container);
            }

            @Override
            public void upload(String name, Path file) {
                objects.put(name, Payloads.newFilePayload(file.toFile()));
            }
        });
    }

    @Override
    public int upload(Path file, String container, String object) {
        String etag = objects(container).put(object, Payloads.newFilePayload(file.toFile()));
        CommandLine.result("etag", etag);
        return CommandLine.EXIT_OK;
    }

    @Override
    public int download(String container, String object, Path file) throws Exception {
        SwiftObject found = objects(container).get(object);
        if (found == null) {
            throw new IllegalStateException("no object '" + object + "' in container '" + container + "'");
        }
        try (InputStream in = found.getPayload().openStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        CommandLine.result("bytes", Files.size(file));
        return CommandLine.EXIT_OK;
    }

    @Override
    public int load(String container, int threads, int calls) throws InterruptedException {
        ObjectApi objects = objects(container);
        List<String> names = List.copyOf(new java.util.TreeSet<>(listing(container).keySet()));
        LoadDriver.Outcome outcome = LoadDriver.run(names, threads, calls, new LoadDriver.Client() {
            @Override
            public void head(String object) {
                if (objects.getWithoutBody(object) == null) {
                    throw new IllegalStateException("HEAD " + object + " found nothing");
                }
            }

            @Override
            public long get(String object) throws Exception {
                SwiftObject found = objects.get(object);
                if (found == null) {
                    throw new IllegalStateException("GET " + object + " found nothing");
                }
                try (InputStream in = found.getPayload().openStream()) {
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

    @Override
    public void close() throws java.io.IOException {
        api.close();
    }
}
