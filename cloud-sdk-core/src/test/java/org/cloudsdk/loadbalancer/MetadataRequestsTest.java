package org.cloudsdk.loadbalancer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudsdk.loadbalancer.ClbFixtures.EXAMPLE_LB;
import static org.cloudsdk.loadbalancer.ClbFixtures.LB_ID;
import static org.cloudsdk.loadbalancer.ClbStub.path;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cloudsdk.http.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * Metadata of balancers and nodes (the chapter's "Metadata" and "Node Metadata"): the chapter's
 * sequence {} -> {a,b,c} -> update d -> {a,b,c,d} -> set {e} -> {e} -> delete -> {}, with the
 * exact requests (the API lists items with ids, and changes and deletes them by id).
 */
class MetadataRequestsTest {

    private static final String META = "/loadbalancers/" + LB_ID + "/metadata";

    private final ClbStub stub = new ClbStub();
    private final CloudLoadBalancers clb = stub.clb;

    @AfterEach
    void close() {
        stub.close();
    }

    private static ScenarioMappingBuilder in(MappingBuilder mapping, String state) {
        return mapping.inScenario("metadata").whenScenarioStateIs(state);
    }

    private void metadataIs(String state, String items) {
        stub.server.stubFor(in(get(urlEqualTo(path(META))), state).willReturn(okJson("{\"metadata\": [" + items + "]}")));
    }

    @Test
    void theChaptersSequence() {
        metadataIs(Scenario.STARTED, "");
        stub.server.stubFor(in(post(urlEqualTo(path(META))), Scenario.STARTED).withRequestBody(equalToJson("""
                {"metadata": [{"key": "a", "value": "one"}, {"key": "b", "value": "two"}, {"key": "c", "value": "three"}]}
                """)).willReturn(okJson("{\"metadata\": []}")).willSetStateTo("abc"));
        metadataIs("abc", """
                {"id": "1", "key": "a", "value": "one"}, {"id": "2", "key": "b", "value": "two"},
                {"id": "3", "key": "c", "value": "three"}""");
        stub.server.stubFor(in(post(urlEqualTo(path(META))), "abc").withRequestBody(equalToJson("""
                {"metadata": [{"key": "d", "value": "four"}]}""")).willReturn(okJson("{\"metadata\": []}"))
                .willSetStateTo("abcd"));
        metadataIs("abcd", """
                {"id": "1", "key": "a", "value": "one"}, {"id": "2", "key": "b", "value": "two"},
                {"id": "3", "key": "c", "value": "three"}, {"id": "4", "key": "d", "value": "four"}""");
        stub.server.stubFor(in(delete(urlEqualTo(path(META + "?id=1&id=2&id=3&id=4"))), "abcd")
                .willReturn(aResponse().withStatus(200)).willSetStateTo("cleared"));
        metadataIs("cleared", "");
        stub.server.stubFor(in(post(urlEqualTo(path(META))), "cleared").withRequestBody(equalToJson("""
                {"metadata": [{"key": "e", "value": "five"}]}""")).willReturn(okJson("{\"metadata\": []}"))
                .willSetStateTo("e"));
        metadataIs("e", "{\"id\": \"5\", \"key\": \"e\", \"value\": \"five\"}");
        stub.server.stubFor(in(delete(urlEqualTo(path(META + "?id=5"))), "e").willReturn(aResponse().withStatus(200))
                .willSetStateTo("empty"));
        metadataIs("empty", "");
        LoadBalancer lb = new LoadBalancer(clb, Json.parse(EXAMPLE_LB).path("loadBalancer"));

        Map<String, String> initial = lb.getMetadata();
        Map<String, String> abc = new LinkedHashMap<>();
        abc.put("a", "one");
        abc.put("b", "two");
        abc.put("c", "three");
        lb.setMetadata(abc);
        Map<String, String> afterSet = lb.getMetadata();
        lb.updateMetadata(Map.of("d", "four"));
        Map<String, String> afterUpdate = lb.getMetadata();
        lb.setMetadata(Map.of("e", "five"));
        Map<String, String> afterSecondSet = lb.getMetadata();
        lb.deleteMetadata();
        Map<String, String> afterDelete = lb.getMetadata();

        assertThat(initial).isEmpty();
        assertThat(afterSet).containsExactly(Map.entry("a", "one"), Map.entry("b", "two"), Map.entry("c", "three"));
        assertThat(afterUpdate).containsExactly(Map.entry("a", "one"), Map.entry("b", "two"), Map.entry("c", "three"),
                Map.entry("d", "four"));
        assertThat(afterSecondSet).containsExactly(Map.entry("e", "five"));
        assertThat(afterDelete).isEmpty();
        String get = "GET " + path(META);
        assertThat(stub.log()).containsExactly(get, get, "POST " + path(META), get, get, "POST " + path(META), get, get,
                "DELETE " + path(META + "?id=1&id=2&id=3&id=4"), "POST " + path(META), get, get,
                "DELETE " + path(META + "?id=5"), get);
    }

    @Test
    void updateChangesTheKeysItHasByIdAndAddsTheOthers() {
        metadataIs(Scenario.STARTED, "{\"id\": \"7\", \"key\": \"color\", \"value\": \"red\"}");
        stub.server.stubFor(put(urlEqualTo(path(META + "/7"))).withRequestBody(equalToJson("{\"meta\": {\"value\": \"blue\"}}"))
                .willReturn(aResponse().withStatus(200)));
        stub.server.stubFor(post(urlEqualTo(path(META))).withRequestBody(equalToJson("""
                {"metadata": [{"key": "label", "value": "web"}]}""")).willReturn(okJson("{\"metadata\": []}")));
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("color", "blue");
        changes.put("label", "web");

        clb.updateMetadata(LB_ID, changes);

        assertThat(stub.log()).containsExactly("GET " + path(META), "PUT " + path(META + "/7"), "POST " + path(META));
    }

    @Test
    void deletingSomeKeysDeletesTheirIdsOnly() {
        metadataIs(Scenario.STARTED, """
                {"id": "1", "key": "a", "value": "one"}, {"id": "2", "key": "b", "value": "two"}""");
        stub.server.stubFor(delete(urlEqualTo(path(META + "?id=2"))).willReturn(aResponse().withStatus(200)));

        clb.deleteMetadata(LB_ID, List.of("b", "zz"));

        assertThat(stub.log()).containsExactly("GET " + path(META), "DELETE " + path(META + "?id=2"));
    }

    @Test
    void deletingMetadataThatIsNotThereSendsNoDeletion() {
        metadataIs(Scenario.STARTED, "");

        clb.deleteMetadata(LB_ID);

        assertThat(stub.log()).containsExactly("GET " + path(META));
    }

    @Test
    void aNodesMetadataWorksTheSameWay() {
        String nodeMeta = "/loadbalancers/" + LB_ID + "/nodes/172949/metadata";
        stub.server.stubFor(get(urlEqualTo(path(nodeMeta))).willReturn(okJson("""
                {"metadata": [{"id": "11", "key": "role", "value": "web"}]}""")));
        stub.server.stubFor(delete(urlEqualTo(path(nodeMeta + "?id=11"))).willReturn(aResponse().withStatus(200)));
        stub.server.stubFor(post(urlEqualTo(path(nodeMeta))).withRequestBody(equalToJson("""
                {"metadata": [{"key": "role", "value": "db"}]}""")).willReturn(okJson("{\"metadata\": []}")));
        stub.server.stubFor(put(urlEqualTo(path(nodeMeta + "/11"))).withRequestBody(equalToJson("{\"meta\": {\"value\": \"api\"}}"))
                .willReturn(aResponse().withStatus(200)));
        Node node = new LoadBalancer(clb, Json.parse(EXAMPLE_LB).path("loadBalancer")).nodes().get(0);

        assertThat(node.getMetadata()).containsExactly(Map.entry("role", "web"));
        node.setMetadata(Map.of("role", "db"));
        node.updateMetadata(Map.of("role", "api"));
        node.deleteMetadata(List.of("role"));

        assertThat(stub.log()).containsExactly("GET " + path(nodeMeta), "GET " + path(nodeMeta),
                "DELETE " + path(nodeMeta + "?id=11"), "POST " + path(nodeMeta), "GET " + path(nodeMeta),
                "PUT " + path(nodeMeta + "/11"), "GET " + path(nodeMeta), "DELETE " + path(nodeMeta + "?id=11"));
    }
}
