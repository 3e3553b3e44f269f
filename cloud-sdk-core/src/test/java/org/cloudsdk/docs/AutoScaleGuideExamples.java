package org.cloudsdk.docs;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.cloudsdk.CloudContext;
import org.cloudsdk.autoscale.AutoScale;
import org.cloudsdk.autoscale.GroupState;
import org.cloudsdk.autoscale.LaunchConfigOptions;
import org.cloudsdk.autoscale.LaunchConfiguration;
import org.cloudsdk.autoscale.PolicySpec;
import org.cloudsdk.autoscale.PolicyType;
import org.cloudsdk.autoscale.PolicyUpdate;
import org.cloudsdk.autoscale.ScalingGroup;
import org.cloudsdk.autoscale.ScalingGroupSpec;
import org.cloudsdk.autoscale.ScalingGroupUpdate;
import org.cloudsdk.autoscale.ScalingPolicy;
import org.cloudsdk.autoscale.Webhook;
import org.cloudsdk.compute.DiskConfig;
import org.cloudsdk.errors.ScalingGroupNotEmptyException;

/**
 * The examples of {@code docs/autoscale.md}, as compiled code: the body of each method is a
 * {@code java} block of the guide, character for character but for indentation
 * ({@code DocExamplesMatchSourcesTest} checks it).
 *
 * <p>What a block takes for granted is a parameter of its method, named as the guide names it:
 * {@code ctx} is a {@link CloudContext} of a Rackspace account, {@code au} its {@link AutoScale},
 * {@code sg} a {@link ScalingGroup}, {@code policy} a {@link ScalingPolicy}, {@code webhook} a
 * {@link Webhook}, {@code myFlavorId}, {@code myImageId} and {@code newImageId} ids of the cloud.
 * {@code out} is where the examples print. {@code AutoScaleGuideExamplesTest} runs them against a
 * WireMock Auto Scale (there is no local one).
 */
public final class AutoScaleGuideExamples {

    private final PrintStream out;

    /** @param out where the examples print ({@code System.out} in an application) */
    public AutoScaleGuideExamples(PrintStream out) {
        this.out = out;
    }

    AutoScale client(CloudContext ctx) {
        AutoScale au = ctx.autoscale();                         // pyrax.autoscale: the default region
        AutoScale ord = ctx.autoscale("ORD");                   // or ctx.region("ORD").autoscale()
        return au;
    }

    List<ScalingGroup> listingGroups(AutoScale au) {
        List<ScalingGroup> groups = au.list();                  // au.list(): every page followed
        for (ScalingGroup group : groups) {
            out.println(group.name() + " " + group.state().orElseThrow());
        }
        ScalingGroup group = au.get(groups.get(0).id());        // the whole group: configurations, policies
        out.println(group.getLaunchConfig());                   // group.get_launch_config()
        return groups;
    }

    GroupState state(AutoScale au, ScalingGroup sg) {
        GroupState state = sg.getState();                       // or au.getState(sg.id())
        out.println(state.active() + " active=" + state.activeCapacity() + " desired=" + state.desiredCapacity()
                + " pending=" + state.pendingCapacity() + " paused=" + state.paused());
        return state;
    }

    void pauseAndResume(AutoScale au, ScalingGroup sg) {
        sg.pause();                                             // or au.pause(sg.id())
        sg.resume();                                            // or au.resume(sg.id())
    }

    ScalingGroup create(AutoScale au, String myFlavorId, String myImageId) {
        ScalingGroup sg = au.create(ScalingGroupSpec.builder("MyScalingGroup")
                .cooldown(120).minEntities(2).maxEntities(16)
                .launchConfig(LaunchConfigOptions.builder()
                        .launchConfigType("launch_server")      // the default, and the only type
                        .serverName("sg_test")
                        .flavor(myFlavorId)
                        .image(myImageId)                       // an id, or a ComputeImage handle
                        .diskConfig(DiskConfig.AUTO)            // MANUAL when not set
                        .metadata(Map.of("mykey", "myvalue"))
                        .loadBalancer(1234, 80)
                        .build())
                .build());
        return sg;
    }

    ScalingGroup createWithEverything(AutoScale au, String myFlavorId, String myImageId) {
        ScalingGroup sg = au.create(ScalingGroupSpec.builder("workers")
                .cooldown(60).minEntities(1).maxEntities(10)
                .groupMetadata(Map.of("team", "web"))                  // the group's own metadata
                .launchConfig(LaunchConfigOptions.builder()
                        .serverName("worker").flavor(myFlavorId).image(myImageId)
                        .file("/etc/motd", "Built by Auto Scale\n")     // personality: sent base64-encoded
                        .networks(List.of("00000000-0000-0000-0000-000000000000",
                                "11111111-1111-1111-1111-111111111111"))  // public and ServiceNet
                        .loadBalancer(1234, 80).loadBalancer(5678, 443)
                        .keyName("my_key")
                        .build())
                .scalingPolicy(PolicySpec.builder("scale up").cooldown(300).change(1).build())
                .build());
        return sg;
    }

    void update(AutoScale au, ScalingGroup sg) {
        sg.update(ScalingGroupUpdate.builder().cooldown(120).maxEntities(16).build());
        au.update(sg.id(), ScalingGroupUpdate.builder().cooldown(120).maxEntities(16).build());
        sg.updateMetadata(Map.of("owner", "webteam"));          // merges; metadata(...) in an update replaces
    }

    void delete(AutoScale au, ScalingGroup sg, Duration interval) throws InterruptedException {
        try {
            sg.delete();                                        // or au.delete(sg.id())
        } catch (ScalingGroupNotEmptyException stillHasServers) {
            sg.update(ScalingGroupUpdate.builder().minEntities(0).maxEntities(0).build());
            GroupState state = sg.getState();
            while (state.activeCapacity() + state.pendingCapacity() > 0) {
                Thread.sleep(interval.toMillis());
                state = sg.getState();
            }
            sg.delete();
        }
    }

    void forceDelete(AutoScale au, ScalingGroup sg) {
        sg.delete(true);                                        // deletes the servers with the group
    }

    LaunchConfiguration launchConfiguration(AutoScale au, ScalingGroup sg, String newImageId) {
        LaunchConfiguration launch = sg.getLaunchConfig();      // or au.getLaunchConfig(sg.id())
        out.println(launch.serverName() + " " + launch.flavorId() + " " + launch.imageId() + " "
                + launch.loadBalancers());
        sg.updateLaunchConfig(LaunchConfigOptions.builder().image(newImageId).build());
        au.updateLaunchConfig(sg.id(), LaunchConfigOptions.builder().image(newImageId).build());
        sg.updateLaunchMetadata(Map.of("build", "42"));         // merges with the servers' metadata
        return launch;
    }

    ScalingPolicy policies(AutoScale au, ScalingGroup sg) {
        List<ScalingPolicy> policies = sg.listPolicies();       // or au.listPolicies(sg.id())
        ScalingPolicy policy = sg.addPolicy("scale up", PolicyType.WEBHOOK, 120, 1, false);
        ScalingPolicy down = au.addPolicy(sg.id(), PolicySpec.builder("scale down 10%")
                .cooldown(120).changePercent(-10).build());
        ScalingPolicy four = sg.addPolicy(PolicySpec.builder("exactly four").cooldown(0).desiredCapacity(4).build());
        return policy;
    }

    void updateExecuteDeletePolicy(AutoScale au, ScalingGroup sg, ScalingPolicy policy) {
        policy.update(PolicyUpdate.builder().cooldown(60).change(-3).build());
        au.updatePolicy(sg.id(), policy.id(), PolicyUpdate.builder().cooldown(60).change(-3).build());
        policy.execute();                                       // or au.executePolicy(sg.id(), policy.id())
        policy.delete();                                        // or au.deletePolicy(sg.id(), policy.id())
    }

    Webhook webhooks(AutoScale au, ScalingGroup sg, ScalingPolicy policy) {
        List<Webhook> webhooks = policy.listWebhooks();         // or au.listWebhooks(sg.id(), policy.id())
        Webhook webhook = policy.addWebhook("alice", Map.of("notes", "this is for Alice"));
        URI url = webhook.capabilityUrl().orElseThrow();        // POST to it to execute the policy
        out.println(webhook.name() + " " + webhook.metadata());
        return webhook;
    }

    void updateDeleteWebhook(AutoScale au, ScalingGroup sg, ScalingPolicy policy, Webhook webhook) {
        webhook.update("something_new", Map.of("owner", "webteam"));   // null keeps a value
        au.updateWebhook(sg.id(), policy.id(), webhook.id(), "something_new", Map.of("owner", "webteam"));
        webhook.updateMetadata(Map.of("pager", "on"));                  // merges
        webhook.delete();                                       // or au.deleteWebhook(sg.id(), policy.id(), webhook.id())
    }
}
