package org.cloudsdk.docs;

import org.cloudsdk.CloudContext;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.identity.EndpointInterface;
import org.springframework.http.HttpMethod;

/**
 * The examples of {@code docs/getting-started.md}, as compiled code: the body of each method is a
 * {@code java} block of the guide, character for character but for indentation
 * ({@code DocExamplesMatchSourcesTest} checks it). What a block takes for granted ({@code ctx}, an
 * application credential's {@code id} and {@code secret}) is a parameter of its method.
 * {@code GettingStartedExamplesIT} runs them against the local Keystone and Swift.
 */
public final class GettingStartedExamples {

    /** Authenticating with keystone, here against the local cloud of {@code scripts/local-cloud.sh}. */
    public void authenticate() {
        CloudContext ctx = CloudContext.builder()
                .identityType("keystone")                 // or "rackspace", or a class name
                .authEndpoint("http://127.0.0.1:5000/v3")
                .username("demo").password("demopass")
                .tenantName("demo")
                .region("RegionOne")
                .build();
        ctx.authenticate();        // optional: the first call authenticates by itself
    }

    /** A Rackspace context: building it sends nothing. */
    public void rackspace() {
        CloudContext rax = CloudContext.builder()
                .identityType("rackspace")
                .username("joeracker").apiKey("0123456789abcdef0123456789abcdef")
                .region("ORD")             // DFW when not set; LON uses the London identity service
                .build();
    }

    /** Keystone v3 application credentials. */
    public void applicationCredential(String id, String secret) {
        CloudContext app = CloudContext.builder()
                .authEndpoint("http://127.0.0.1:5000/v3")
                .applicationCredential(id, secret)
                .build();
    }

    /** The raw REST client of a service. */
    public void useAService(CloudContext ctx) {
        ServiceClient swift = ctx.client("object_store", "RegionOne");          // or "swift", "cloudfiles"
        ServiceClient swiftInternal = ctx.client("swift", "RegionOne", EndpointInterface.INTERNAL);
        ServiceClient sameThing = ctx.region("RegionOne").client("cloudfiles");
        ApiResponse account = swift.execute(swift.request(HttpMethod.HEAD, "head_account"));
    }
}
