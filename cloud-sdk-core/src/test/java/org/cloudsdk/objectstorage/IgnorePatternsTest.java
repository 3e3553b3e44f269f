package org.cloudsdk.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Shell-style ignore globs, matched against the relative path and the bare name. */
class IgnorePatternsTest {

    @Test
    void starMatchesAnyRunOfCharactersAgainstTheNameOrThePath() {
        IgnorePatterns ignore = IgnorePatterns.of(List.of("*.pyc", "tmp*"));

        assertThat(ignore.matches("app.pyc")).isTrue();
        assertThat(ignore.matches("deep/in/side/app.pyc")).isTrue();
        assertThat(ignore.matches("tmpfile")).isTrue();
        assertThat(ignore.matches("src/tmp_build")).as("the bare name matches").isTrue();
        assertThat(ignore.matches("app.py")).isFalse();
        assertThat(ignore.matches("app.pyc.txt")).isFalse();
        assertThat(ignore.matches("my_tmp")).isFalse();
    }

    @Test
    void pathPatternsMatchRelativePathsWithSlashes() {
        IgnorePatterns ignore = IgnorePatterns.of(List.of("build/*", "docs/*.md"));

        assertThat(ignore.matches("build/out.jar")).isTrue();
        assertThat(ignore.matches("build/classes/A.class")).as("* crosses '/' as in fnmatch").isTrue();
        assertThat(ignore.matches("docs/guide.md")).isTrue();
        assertThat(ignore.matches("src/build/out.jar")).isFalse();
        assertThat(ignore.matches("docs/guide.txt")).isFalse();
    }

    @Test
    void questionMarkAndCharacterSets() {
        IgnorePatterns ignore = IgnorePatterns.of(List.of("file?.log", "[ab]*.txt", "v[!0-9]", "x[]]y", "a.b+(c)"));

        assertThat(ignore.matches("file1.log")).isTrue();
        assertThat(ignore.matches("file12.log")).isFalse();
        assertThat(ignore.matches("alpha.txt")).isTrue();
        assertThat(ignore.matches("beta.txt")).isTrue();
        assertThat(ignore.matches("gamma.txt")).isFalse();
        assertThat(ignore.matches("vx")).isTrue();
        assertThat(ignore.matches("v1")).isFalse();
        assertThat(ignore.matches("x]y")).isTrue();
        assertThat(ignore.matches("a.b+(c)")).as("regex syntax is literal").isTrue();
        assertThat(ignore.matches("aXb+(c)")).isFalse();
    }

    @Test
    void anUnclosedBracketIsLiteral() {
        IgnorePatterns ignore = IgnorePatterns.of(List.of("odd[name"));
        assertThat(ignore.matches("odd[name")).isTrue();
        assertThat(ignore.matches("oddname")).isFalse();
    }

    @Test
    void matchingIsCaseSensitive() {
        assertThat(IgnorePatterns.of(List.of("*.PYC")).matches("a.pyc")).isFalse();
    }

    @Test
    void blankPatternsAreRefusedAndNoPatternsIgnoreNothing() {
        assertThatThrownBy(() -> IgnorePatterns.of(List.of("*.pyc", " "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> IgnorePatterns.of(Arrays.asList("*.pyc", null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(IgnorePatterns.of(List.of()).matches("anything")).isFalse();
        assertThat(IgnorePatterns.none().matches("x")).isFalse();
    }
}
