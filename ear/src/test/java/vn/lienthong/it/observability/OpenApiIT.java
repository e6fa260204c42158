package vn.lienthong.it.observability;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.DeployedRestOperations;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document at /openapi (public, like the WSDL) is generated from the deployed resources:
 * an OpenAPI 3 document whose paths are exactly the REST operations the application deploys (read
 * from the built EAR, as the authorisation matrix does), every operation answering refusals with the
 * shared problem response, the main exchange calls summarised with examples. Checked structurally:
 * no OpenAPI parser is served here small enough to be worth it.
 */
class OpenApiIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void isAnOpenApi3DocumentWithInfoAndTheSignInSchemes() {
        JsonObject document = document();

        assertThat(document.getString("openapi")).matches("3\\.\\d+\\.\\d+");
        assertThat(document.getJsonObject("info").getString("title")).isEqualTo("LienThong REST API");
        assertThat(document.getJsonObject("components").getJsonObject("securitySchemes")).containsKeys("basic", "clientCertificate");
    }

    @Test
    void documentsEveryDeployedRestOperationAndNothingElse() {
        Set<String> deployed = DeployedRestOperations.of(Path.of(System.getProperty("arquillian.ear", "target/lienthong.ear")));

        assertThat(documentedOperations(document())).isEqualTo(deployed);
    }

    @Test
    void everyOperationAnswersRefusalsWithTheProblemSchema() {
        JsonObject document = document();
        JsonObject components = document.getJsonObject("components");
        JsonObject problem = components.getJsonObject("schemas").getJsonObject("Problem");
        assertThat(problem.getJsonObject("properties")).containsKeys("type", "title", "status", "detail", "code", "title_vi", "detail_vi");
        assertThat(components.getJsonObject("responses").getJsonObject("Problem").getJsonObject("content")
                .getJsonObject("application/problem+json").getJsonObject("schema").getString("$ref"))
                .isEqualTo("#/components/schemas/Problem");

        forEachOperation(document, (operation, body) -> assertThat(body.getJsonObject("responses").getJsonObject("default")
                .getString("$ref")).as(operation).isEqualTo("#/components/responses/Problem"));
    }

    @Test
    void theMainExchangeCallsHaveSummariesAndExamples() {
        JsonObject paths = document().getJsonObject("paths");

        JsonObject send = paths.getJsonObject("/api/v1/documents").getJsonObject("post");
        assertThat(send.getString("summary")).contains("Send a document");
        assertThat(send.getJsonObject("responses").getJsonObject("201").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("examples")).containsKey("accepted");
        for (String[] call : new String[][]{{"/api/v1/inbox", "get"}, {"/api/v1/inbox/{documentId}", "get"},
                {"/api/v1/inbox/{documentId}/ack", "post"}, {"/api/v1/inbox/packages", "get"}, {"/api/v1/inbox/acks", "post"},
                {"/api/v1/statuses", "post"}, {"/api/v1/statuses/batch", "post"}}) {
            JsonObject path = paths.getJsonObject(call[0]);
            assertThat(path).as(call[0]).isNotNull();
            assertThat(path.getJsonObject(call[1]).getString("summary", "")).as("%s %s", call[1], call[0]).isNotBlank();
        }
    }

    @Test
    void theUiIsServedToo() {
        HubResponse ui = Hub.send(HttpRequest.newBuilder(URI.create(Hub.PLAIN_URL + "/openapi/ui/")).GET());

        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.text()).containsIgnoringCase("openapi");
    }

    private static JsonObject document() {
        HubResponse response = Hub.send(HttpRequest.newBuilder(URI.create(Hub.PLAIN_URL + "/openapi"))
                .header("Accept", "application/json").GET());
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json();
    }

    private static Set<String> documentedOperations(JsonObject document) {
        Set<String> operations = new TreeSet<>();
        forEachOperation(document, (operation, body) -> operations.add(operation));
        return operations;
    }

    /** Each operation as {@code GET /api/v1/x/{}} (DeployedRestOperations' form), with its object. */
    private static void forEachOperation(JsonObject document, java.util.function.BiConsumer<String, JsonObject> action) {
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> method : path.getValue().asJsonObject().entrySet()) {
                if (METHODS.contains(method.getKey())) {
                    action.accept(DeployedRestOperations.operation(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey()),
                            method.getValue().asJsonObject());
                }
            }
        }
    }
}
