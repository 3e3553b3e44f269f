package org.cloudsdk.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code java} block of the guides whose examples are compiled appears verbatim in their
 * example sources, so a guide cannot drift from code that compiles against the real API.
 * Indentation and trailing spaces are ignored, and so are blank lines; everything else, comments
 * and their alignment included, must match, and a block's lines must be consecutive in the source.
 */
class DocExamplesMatchSourcesTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path DOCS = MODULE.getParent().resolve("docs");
    private static final Path EXAMPLES = MODULE.resolve("src/test/java/org/cloudsdk/docs");

    /** A fenced {@code java} block: where it is, and its lines. */
    record Block(Path doc, int line, List<String> lines) {

        String describe() {
            return "the java block of " + MODULE.getParent().relativize(doc) + " at line " + line + ":\n"
                    + String.join("\n", lines);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyBlockOfObjectStorageAppearsInItsExamples() throws IOException {
        return checks("object-storage.md", "ObjectStorageGuideExamples.java");
    }

    @TestFactory
    Stream<DynamicTest> everyBlockOfComputeAppearsInItsExamples() throws IOException {
        return checks("compute.md", "ComputeGuideExamples.java");
    }

    @TestFactory
    Stream<DynamicTest> everyBlockOfImagesAppearsInItsExamples() throws IOException {
        return checks("images.md", "ImagesGuideExamples.java");
    }

    @TestFactory
    Stream<DynamicTest> everyBlockOfBlockStorageAppearsInItsExamples() throws IOException {
        return checks("block-storage.md", "BlockStorageGuideExamples.java");
    }

    @TestFactory
    Stream<DynamicTest> everyBlockOfNetworksAppearsInItsExamples() throws IOException {
        return checks("networks.md", "NetworksGuideExamples.java");
    }

    @TestFactory
    Stream<DynamicTest> everyBlockOfAutoScaleAppearsInItsExamples() throws IOException {
        return checks("autoscale.md", "AutoScaleGuideExamples.java");
    }

    @TestFactory
    Stream<DynamicTest> everyBlockOfDatabasesAppearsInItsExamples() throws IOException {
        return checks("databases.md", "DatabasesGuideExamples.java");
    }

    @TestFactory
    Stream<DynamicTest> everyBlockOfQueuesAppearsInItsExamples() throws IOException {
        return checks("queues.md", "QueuesGuideExamples.java");
    }

    @TestFactory
    Stream<DynamicTest> everyBlockOfMonitoringAppearsInItsExamples() throws IOException {
        return checks("monitoring.md", "MonitoringGuideExamples.java");
    }

    @TestFactory
    Stream<DynamicTest> everyBlockOfDesignateAppearsInItsExamples() throws IOException {
        return checks("designate.md", "DesignateGuideExamples.java");
    }

    @TestFactory
    Stream<DynamicTest> everyBlockOfDnsAppearsInItsExamples() throws IOException {
        return checks("dns.md", "DnsGuideExamples.java");
    }

    @TestFactory
    Stream<DynamicTest> everyBlockOfOctaviaAppearsInItsExamples() throws IOException {
        return checks("octavia.md", "OctaviaGuideExamples.java");
    }

    @TestFactory
    Stream<DynamicTest> everyBlockOfLoadBalancersAppearsInItsExamples() throws IOException {
        return checks("load-balancers.md", "LoadBalancersGuideExamples.java");
    }

    @TestFactory
    Stream<DynamicTest> everyBlockOfGettingStartedAppearsInItsExamples() throws IOException {
        return checks("getting-started.md", "GettingStartedExamples.java");
    }

    @TestFactory
    Stream<DynamicTest> everyBlockOfArchitectureAppearsInItsExamples() throws IOException {
        return checks("architecture.md", "ArchitectureExamples.java");
    }

    @TestFactory
    Stream<DynamicTest> everyBlockOfTransportAppearsInItsExamples() throws IOException {
        return checks("transport.md", "TransportGuideExamples.java");
    }

    @TestFactory
    Stream<DynamicTest> everyBlockOfConfigurationAppearsInItsExamples() throws IOException {
        return checks("configuration.md", "ConfigurationGuideExamples.java");
    }

    @TestFactory
    Stream<DynamicTest> theReadmesBlockAppearsInItsExamples() throws IOException {
        return checks(MODULE.getParent().resolve("README.md"), "README.md", "ReadmeExamples.java");
    }

    @Test
    void theGuidesHaveTheirBlocks() throws IOException {
        assertThat(javaBlocks(DOCS.resolve("object-storage.md"))).hasSize(24);
        assertThat(javaBlocks(DOCS.resolve("compute.md"))).hasSize(32);
        assertThat(javaBlocks(DOCS.resolve("images.md"))).hasSize(18);
        assertThat(javaBlocks(DOCS.resolve("block-storage.md"))).hasSize(14);
        assertThat(javaBlocks(DOCS.resolve("networks.md"))).hasSize(20);
        assertThat(javaBlocks(DOCS.resolve("autoscale.md"))).hasSize(14);
        assertThat(javaBlocks(DOCS.resolve("databases.md"))).hasSize(19);
        assertThat(javaBlocks(DOCS.resolve("queues.md"))).hasSize(11);
        assertThat(javaBlocks(DOCS.resolve("load-balancers.md"))).hasSize(27);
        assertThat(javaBlocks(DOCS.resolve("monitoring.md"))).hasSize(25);
        assertThat(javaBlocks(DOCS.resolve("designate.md"))).hasSize(10);
        assertThat(javaBlocks(DOCS.resolve("dns.md"))).hasSize(30);
        assertThat(javaBlocks(DOCS.resolve("octavia.md"))).hasSize(18);
        assertThat(javaBlocks(DOCS.resolve("getting-started.md"))).hasSize(4);
        assertThat(javaBlocks(DOCS.resolve("architecture.md"))).hasSize(4);
        assertThat(javaBlocks(DOCS.resolve("transport.md"))).hasSize(3);
        assertThat(javaBlocks(DOCS.resolve("configuration.md"))).hasSize(2);
        assertThat(javaBlocks(MODULE.getParent().resolve("README.md"))).hasSize(1);
    }

    /** A new page with java blocks gets a check of its own, or this fails. */
    @Test
    void everyPageWithJavaBlocksIsChecked() throws IOException {
        // waiting.md: WaitingGuideExamplesTest; spring-boot.md: the autoconfigure module's SpringBootGuideExamplesTest
        // one page per line: each service's page is added on its own line
        List<String> checked = List.of(
                "architecture.md",
                "autoscale.md",
                "block-storage.md",
                "compute.md",
                "configuration.md",
                "databases.md",
                "designate.md",
                "dns.md",
                "getting-started.md",
                "images.md",
                "load-balancers.md",
                "monitoring.md",
                "networks.md",
                "object-storage.md",
                "octavia.md",
                "queues.md",
                "spring-boot.md",
                "transport.md",
                "waiting.md");
        List<String> withBlocks = new ArrayList<>();
        try (Stream<Path> pages = Files.list(DOCS)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                if (!javaBlocks(page).isEmpty()) {
                    withBlocks.add(page.getFileName().toString());
                }
            }
        }
        assertThat(withBlocks).as("pages of docs/ with java blocks").isSubsetOf(checked);
    }

    @Test
    void aBlockMatchesOnlyConsecutiveLines() {
        List<String> source = normalized(List.of("a();", "", "    b();  ", "c();"));
        assertThat(indexOf(source, normalized(List.of("  a();", "b();")))).isZero();
        assertThat(indexOf(source, normalized(List.of("a();", "c();")))).isNegative();
        assertThat(indexOf(source, normalized(List.of("b(); ")))).isEqualTo(1);
    }

    private static Stream<DynamicTest> checks(String doc, String examples) throws IOException {
        return checks(DOCS.resolve(doc), doc, examples);
    }

    private static Stream<DynamicTest> checks(Path page, String doc, String examples) throws IOException {
        Path source = EXAMPLES.resolve(examples);
        List<String> sourceLines = normalized(Files.readAllLines(source, StandardCharsets.UTF_8));
        return javaBlocks(page).stream().map(block -> DynamicTest.dynamicTest(
                doc + " line " + block.line(),
                () -> assertThat(indexOf(sourceLines, normalized(block.lines())))
                        .as("%s%n%nis not in %s, verbatim but for indentation and trailing spaces: copy the "
                                + "block into its example method, or the method's body into the guide",
                                block.describe(), MODULE.relativize(source))
                        .isNotNegative()));
    }

    /** @return the fenced {@code java} blocks of a Markdown file, in order */
    static List<Block> javaBlocks(Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```java")) {
                continue;
            }
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
                end++;
            }
            if (end == lines.size()) {
                throw new IllegalStateException(doc + ": the java block at line " + (start + 1) + " is not closed");
            }
            blocks.add(new Block(doc, start, lines.subList(start, end)));
            i = end;
        }
        return blocks;
    }

    /** @return the lines without indentation or trailing spaces, blank lines left out */
    static List<String> normalized(List<String> lines) {
        return lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** @return where the block's lines start, consecutively, in the source; negative when they do not */
    static int indexOf(List<String> source, List<String> block) {
        return block.isEmpty() ? -1 : Collections.indexOfSubList(source, block);
    }
}
