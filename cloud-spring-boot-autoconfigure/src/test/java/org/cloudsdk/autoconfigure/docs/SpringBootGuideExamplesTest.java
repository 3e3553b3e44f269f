package org.cloudsdk.autoconfigure.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.cloudsdk.docs.DocBlocks;
import org.junit.jupiter.api.Test;

/** Every java block of docs/spring-boot.md is, verbatim, in {@link SpringBootGuideExamples}, which compiles. */
class SpringBootGuideExamplesTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path GUIDE = MODULE.getParent().resolve("docs/spring-boot.md");
    private static final Path EXAMPLES =
            MODULE.resolve("src/test/java/org/cloudsdk/autoconfigure/docs/SpringBootGuideExamples.java");

    @Test
    void everyBlockOfTheGuideIsInTheCompiledExamples() throws IOException {
        assertThat(DocBlocks.count(GUIDE)).isEqualTo(8);
        assertThat(DocBlocks.missing(GUIDE, EXAMPLES))
                .as("copy the block into SpringBootGuideExamples, or the example into the guide").isEmpty();
    }
}
