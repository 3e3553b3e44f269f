package org.cloudsdk.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.DefaultUriBuilderFactory;

/** The transport's own template expansion: strict on values, and what Spring's default mode does. */
class UriTemplatesTest {

    private static final String TEMPLATE =
            "http://127.0.0.1:8080/v1/AUTH_abc/{container}/{object}?prefix={_q0}&format=json";

    @Test
    void everyByteOfAValueButTheUnreservedCharactersIsEscaped() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("container", "my files");
        variables.put("object", "a/b?c#d%e+f&g=h ~._-é€😀");
        variables.put("_q0", "x/y");

        String uri = new UriTemplates.Expanded(TEMPLATE, variables).toUri().toASCIIString();

        assertThat(uri).isEqualTo("http://127.0.0.1:8080/v1/AUTH_abc/my%20files/"
                + "a%2Fb%3Fc%23d%25e%2Bf%26g%3Dh%20~._-%C3%A9%E2%82%AC%F0%9F%98%80?prefix=x%2Fy&format=json");
    }

    @Test
    void matchesSpringsDefaultUriBuilderFactoryOnRandomValues() {
        DefaultUriBuilderFactory spring = new DefaultUriBuilderFactory();
        Random random = new Random(2026);
        String alphabet = "aZ09-._~ /?#[]@!$&'()*+,;=%:\"<>\\^`{|}éß€\u0000\t";
        for (int round = 0; round < 2_000; round++) {
            Map<String, Object> variables = new LinkedHashMap<>();
            for (String name : new String[] {"container", "object", "_q0"}) {
                StringBuilder value = new StringBuilder();
                int length = random.nextInt(12);
                for (int i = 0; i < length; i++) {
                    if (random.nextInt(10) == 0) {
                        value.appendCodePoint(0x1F600 + random.nextInt(50));
                    } else {
                        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
                variables.put(name, value.toString());
            }

            assertThat(new UriTemplates.Expanded(TEMPLATE, variables).toUri())
                    .as("%s", variables).isEqualTo(spring.expand(TEMPLATE, variables));
        }
    }

    @Test
    void aCharacterThatCannotAppearInAUriIsEscapedInTheTemplatesTextToo() {
        String uri = new UriTemplates.Expanded("http://host/v1/caf\u00e9 x/{o}", Map.of("o", "1")).toUri()
                .toASCIIString();

        assertThat(uri).isEqualTo("http://host/v1/caf%C3%A9%20x/1");
    }

    @Test
    void aVariableWithoutAValueIsRefusedByName() {
        assertThatThrownBy(() -> new UriTemplates.Expanded("http://host/{container}", Map.of()).toUri())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'container'");
    }
}
