package org.cloudsdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cloudsdk.TestCloud;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * A program that closes its context and returns from {@code main} exits at once: the SDK leaves
 * no thread that keeps the JVM alive, not even Netty's global executor (whose non-daemon thread
 * lingered up to a second when the loops' termination was listened to).
 */
class ProcessExitTest {

    @RegisterExtension
    static final WireMockExtension cloud = TestCloud.server();

    @Test
    void aProgramThatClosesItsContextLeavesNoThreadBehindAndExitsPromptly() throws Exception {
        assertExitsPromptly(TestCloud.baseUrl(cloud));
    }

    /**
     * Through a proxy Reactor Netty resolves no names and uses a pass-through resolver group of its
     * own, which the SDK does not close: it must not keep Netty's global executor alive either. The
     * stub plays the proxy too (every request arrives in absolute form).
     */
    @Test
    void soDoesAProgramWhoseRequestsGoThroughAProxy() throws Exception {
        assertExitsPromptly(TestCloud.baseUrl(cloud), "127.0.0.1:" + cloud.getPort());
    }

    private static void assertExitsPromptly(String... arguments) throws Exception {
        TestCloud.stubKeystoneV3(cloud);
        cloud.stubFor(get(urlPathEqualTo("/swift/v1/AUTH_8538a3f13f9541b28c2620eb19065e45")).willReturn(okJson("[]")));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", CloseThenExitMain.class.getName()));
        command.addAll(List.of(arguments));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        long returned = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (line.equals("main returns")) {
                    returned = System.nanoTime();
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child exited").isTrue();
        long exitMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - returned);

        assertThat(child.exitValue()).as(String.join("\n", lines)).isZero();
        assertThat(lines).contains("containers 0", "non-daemon []", "main returns");
        // the target is 100 ms on a quiet machine; the bound leaves room for a loaded CI runner
        assertThat(exitMillis).as("exit after main returned").isLessThan(1_000);
    }
}
