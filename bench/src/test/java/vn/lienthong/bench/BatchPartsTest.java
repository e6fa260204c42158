package vn.lienthong.bench;

import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The recipients' reading of a batch fetch: package lengths by document id, problem parts left out. */
class BatchPartsTest {

    @Test
    void packagesAreMeasuredByTheirContentLengthAndProblemsAreLeftOut() {
        String xml = "<edXMLEnvelope>\r\n--b\r\n</edXMLEnvelope>";
        String problem = "{\"code\":\"NOT_YOURS\",\"status\":403}";
        String body = "--b\r\nContent-Type: application/xml; charset=UTF-8\r\nContent-ID: <doc-1>\r\nContent-Length: "
                + xml.length() + "\r\n\r\n" + xml + "\r\n"
                + "--b\r\nContent-Type: application/problem+json\r\nContent-ID: <doc-2>\r\nContent-Length: "
                + problem.length() + "\r\n\r\n" + problem + "\r\n--b--\r\n";

        Map<String, Long> sizes = BatchParts.packageSizes(response("multipart/mixed; boundary=\"b\"", body));

        assertThat(sizes).containsExactly(Map.entry("doc-1", (long) xml.length()));
    }

    private static HttpResponse<byte[]> response(String contentType, String body) {
        HttpHeaders headers = HttpHeaders.of(Map.of("Content-Type", List.of(contentType)), (a, b) -> true);
        return new HttpResponse<>() {
            public int statusCode() { return 200; }
            public HttpRequest request() { return HttpRequest.newBuilder(URI.create("http://localhost/")).build(); }
            public Optional<HttpResponse<byte[]>> previousResponse() { return Optional.empty(); }
            public HttpHeaders headers() { return headers; }
            public byte[] body() { return body.getBytes(StandardCharsets.UTF_8); }
            public Optional<SSLSession> sslSession() { return Optional.empty(); }
            public URI uri() { return URI.create("http://localhost/"); }
            public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
        };
    }
}
