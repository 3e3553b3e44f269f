package org.cloudsdk.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void asciiNamesHaveTheLengthAndOnlyLettersAndDigits() {
        for (int length : List.of(1, 8, 1024)) {
            assertThat(Names.random(length)).hasSize(length).matches("[A-Za-z0-9]+");
        }
    }

    @Test
    void unicodeNamesMixInAtLeastOneNonAsciiLetter() {
        for (int i = 0; i < 200; i++) {
            String name = Names.random(12, false);
            assertThat(name).hasSize(12);
            assertThat(name.codePoints().allMatch(Character::isLetterOrDigit)).isTrue();
            assertThat(name.chars().anyMatch(c -> c > 127)).isTrue();
        }
        assertThat(Names.random(1, false).charAt(0)).isGreaterThan((char) 127);
    }

    @Test
    void namesDiffer() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            names.add(Names.random(16));
        }
        assertThat(names).hasSize(1000);
    }

    @Test
    void concurrentCallersGetWellFormedNames() {
        Set<String> names = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 2000).parallel().forEach(i -> names.add(Names.random(20)));
        assertThat(names).hasSize(2000).allMatch(name -> name.matches("[A-Za-z0-9]{20}"));
    }

    @Test
    void lengthOutsideTheRangeIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Names.random(0))
                .withMessageStartingWith("length:").withMessageContaining("1 to 1024");
        assertThatIllegalArgumentException().isThrownBy(() -> Names.random(1025, false))
                .withMessageStartingWith("length:");
    }
}
