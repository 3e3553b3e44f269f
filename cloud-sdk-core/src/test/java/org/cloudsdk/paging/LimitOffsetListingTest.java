package org.cloudsdk.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.cloudsdk.errors.NoMoreResultsException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Limit + offset (Cloud DNS): the offset a multiple of the limit, pages both ways. */
class LimitOffsetListingTest {

    private static final PagingStub stub = new PagingStub();
    private static final String DOMAINS = "/v1.0/123456/domains";

    @BeforeEach
    void reset() {
        stub.reset();
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    /** A Cloud DNS page: its domains, and (when given) the total and its next and previous links. */
    private static String domains(Integer total, String next, String previous, String... names) {
        String items = Arrays.stream(names).map(name -> "{\"name\":\"" + name + "\",\"id\":1}")
                .collect(Collectors.joining(","));
        StringBuilder json = new StringBuilder("{\"domains\":[" + items + "]");
        if (total != null) {
            json.append(",\"totalEntries\":").append(total);
        }
        if (next != null || previous != null) {
            json.append(",\"links\":[");
            if (next != null) {
                json.append("{\"href\":\"").append(next).append("\",\"rel\":\"next\"}");
            }
            if (previous != null) {
                json.append(next != null ? "," : "").append("{\"href\":\"").append(previous)
                        .append("\",\"rel\":\"previous\"}");
            }
            json.append("]");
        }
        return json.append("}").toString();
    }

    private static Listing.Builder<String> domains() {
        return Listing.builder(stub.client("rax:dns", "/v1.0/123456"), "list_domains",
                PagingScheme.limitOffset(100, 100), item -> item.path("name").asString()).path("/domains")
                .items("domains");
    }

    @Test
    void theOffsetMustBeAMultipleOfTheLimitBeforeAnyRequest() {
        assertThatThrownBy(() -> domains().limit(10).offset(15).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offset must be a multiple of the limit (10), was 15");
        assertThatThrownBy(() -> domains().offset(50).build()).as("the scheme's default limit counts")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offset must be a multiple of the limit (100), was 50");
        assertThatThrownBy(() -> domains().offset(-10).limit(10).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("offset must be 0 or more, was -10");
        assertThatThrownBy(() -> domains().limit(101).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be 1 to 100, was 101");
        assertThatThrownBy(() -> domains().marker("example.com").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use offset");
        assertThatThrownBy(() -> PagingScheme.limitOffset(200, 100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("defaultLimit must be 1 to 100, was 200");
        assertThat(stub.urls()).isEmpty();
    }

    @Test
    void iterationStepsByTheLimitAndStopsWhereTheTotalIsReached() {
        stub.page(DOMAINS + "?limit=2", domains(5, "n", null, "a.com", "b.com"));
        stub.page(DOMAINS + "?limit=2&offset=2", domains(5, "n", "p", "c.com", "d.com"));
        stub.page(DOMAINS + "?limit=2&offset=4", domains(5, null, "p", "e.com"));

        assertThat(domains().limit(2).build()).containsExactly("a.com", "b.com", "c.com", "d.com", "e.com");
        assertThat(stub.urls()).containsExactly(DOMAINS + "?limit=2", DOMAINS + "?limit=2&offset=2",
                DOMAINS + "?limit=2&offset=4");
    }

    @Test
    void withoutLinksOrTotalAShortPageIsNotTheEndButAnEmptyOneIs() {
        stub.page(DOMAINS + "?limit=100", domains(null, null, null, "a.com"));
        stub.page(DOMAINS + "?limit=100&offset=100", domains(null, null, null, "b.com"));
        stub.page(DOMAINS + "?limit=100&offset=200", domains(null, null, null));

        assertThat(domains().build()).containsExactly("a.com", "b.com");
        assertThat(stub.urls()).hasSize(3);
    }

    @Test
    void nextAndPreviousPagesRaiseNoMoreResultsAtBothEnds() {
        stub.page(DOMAINS + "?limit=2&offset=2", domains(5, "n", "p", "c.com", "d.com"));
        stub.page(DOMAINS + "?limit=2&offset=4", domains(5, null, "p", "e.com"));
        stub.page(DOMAINS + "?limit=2", domains(5, "n", null, "a.com", "b.com"));

        Page<String> middle = domains().limit(2).offset(2).build().firstPage();
        assertThat(middle.items()).containsExactly("c.com", "d.com");
        assertThat(middle.hasPrevious()).isTrue();

        Page<String> last = middle.nextPage();
        assertThat(last.items()).containsExactly("e.com");
        assertThat(last.hasNext()).isFalse();
        assertThatThrownBy(last::nextPage).isInstanceOf(NoMoreResultsException.class)
                .hasMessage("there is no next page in the rax:dns.list_domains listing");

        Page<String> first = middle.previousPage();
        assertThat(first.items()).containsExactly("a.com", "b.com");
        assertThat(first.hasPrevious()).isFalse();
        assertThatThrownBy(first::previousPage).isInstanceOf(NoMoreResultsException.class)
                .hasMessage("there is no previous page in the rax:dns.list_domains listing");
        assertThat(first.nextPage().items()).containsExactly("c.com", "d.com");

        assertThat(stub.urls()).containsExactly(DOMAINS + "?limit=2&offset=2", DOMAINS + "?limit=2&offset=4",
                DOMAINS + "?limit=2", DOMAINS + "?limit=2&offset=2");
    }
}
