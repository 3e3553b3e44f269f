package org.cloudsdk.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The check of {@link DocExamplesMatchSourcesTest} for the guides of other modules (published in
 * cloud-sdk-core's test jar): which java blocks of a page are not, verbatim, in a source.
 */
public final class DocBlocks {

    private DocBlocks() {
    }

    /**
     * @param page a Markdown page
     * @return how many java blocks it has
     * @throws IOException when it cannot be read
     */
    public static int count(Path page) throws IOException {
        return DocExamplesMatchSourcesTest.javaBlocks(page).size();
    }

    /**
     * @param page a Markdown page
     * @param source the compiled examples that should hold its java blocks
     * @return each block that is missing from the source (indentation, trailing spaces and blank
     *     lines aside), described with its line
     * @throws IOException when a file cannot be read
     */
    public static List<String> missing(Path page, Path source) throws IOException {
        List<String> sourceLines = DocExamplesMatchSourcesTest.normalized(
                Files.readAllLines(source, StandardCharsets.UTF_8));
        return DocExamplesMatchSourcesTest.javaBlocks(page).stream()
                .filter(block -> DocExamplesMatchSourcesTest.indexOf(sourceLines,
                        DocExamplesMatchSourcesTest.normalized(block.lines())) < 0)
                .map(DocExamplesMatchSourcesTest.Block::describe)
                .toList();
    }
}
