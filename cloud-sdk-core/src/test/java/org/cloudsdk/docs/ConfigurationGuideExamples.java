package org.cloudsdk.docs;

import java.nio.file.Path;

import org.cloudsdk.CloudContext;
import org.cloudsdk.config.CloudConfiguration;
import org.cloudsdk.config.CloudSettings;

/** The Java blocks of docs/configuration.md, compiled against the real API (not run: they read this machine's files). */
final class ConfigurationGuideExamples {

    private ConfigurationGuideExamples() {
    }

    static CloudSettings javaApi() {
        CloudConfiguration config = CloudConfiguration.load();   // ~/.pyrax.cfg + environment variables

        config.listEnvironments();              // [private, public]
        config.getEnvironment();                // "private"
        config.setEnvironment("public");
        config.getSetting("region");            // "ORD"
        config.getSetting("region", "private"); // "RegionOne"
        config.setSetting("region", "ORD", "public");
        config.setSetting("identity_type", "keystone"); // current environment

        CloudSettings settings = config.settings();     // typed: settings.verifySsl(), settings.encoding(), ...
        return settings;
    }

    static void contexts(CloudConfiguration config) {
        CloudContext context = CloudContext.builder()
                .configuration(config)
                .environment("public")            // pyrax set_environment
                .credentialFile(Path.of("/secure/creds.cfg"))
                .build();

        CloudContext devstack = CloudContext.builder().cloud("devstack").build();            // clouds.yaml
        CloudContext rackspace = CloudContext.builder().keyringAuth("joeracker").build();     // keychain
        context.close();
        devstack.close();
        rackspace.close();
    }
}
