package se.digitalalas.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** Talks to the running service as an integration would: JSON over HTTP with basic auth. */
public final class EngineRestClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RestClient http;

  public EngineRestClient(int port) {
    this.http = RestClient.builder().baseUrl("http://localhost:" + port).build();
  }

  public Reply get(Credentials who, String path) {
    return exchange(who, "GET", path, null);
  }

  public Reply post(Credentials who, String path, Object body) {
    return exchange(who, "POST", path, body);
  }

  public Reply put(Credentials who, String path, Object body) {
    return exchange(who, "PUT", path, body);
  }

  public Reply delete(Credentials who, String path) {
    return exchange(who, "DELETE", path, null);
  }

  /** A document (PDF) as the caller downloads it: the status and the bytes. */
  public Download download(Credentials who, String path) {
    RestClient.RequestHeadersSpec<?> request = http.get().uri(path)
        .headers(headers -> headers.setBasicAuth(who.userId(), who.password()));
    return request.exchange((req, response) -> new Download(response.getStatusCode().value(),
        response.getHeaders().getContentType(), response.getBody().readAllBytes()));
  }

  public record Download(int code, MediaType contentType, byte[] body) {
  }

  /** As Tasklist asks: HAL, with the variables of the filter's columns embedded. */
  public Reply postHal(Credentials who, String path, Object body) {
    return exchange(who, "POST", path, body, MediaType.parseMediaType("application/hal+json"));
  }

  private Reply exchange(Credentials who, String method, String path, Object body) {
    return exchange(who, method, path, body, MediaType.APPLICATION_JSON);
  }

  private Reply exchange(Credentials who, String method, String path, Object body, MediaType accept) {
    RestClient.RequestBodySpec request = http.method(org.springframework.http.HttpMethod.valueOf(method))
        .uri(path)
        .accept(accept);
    if (who != null) {
      request.headers(headers -> headers.setBasicAuth(who.userId(), who.password()));
    }
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).body(body);
    }
    return request.exchange((req, response) -> {
      byte[] bytes = response.getBody().readAllBytes();
      JsonNode json = bytes.length == 0 ? NullNode.getInstance() : JSON.readTree(bytes);
      return new Reply(response.getStatusCode(), json, response.getHeaders());
    });
  }

  public static Map<String, Object> variable(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  public record Credentials(String userId, String password) {
  }

  public record Reply(HttpStatusCode status, JsonNode json, HttpHeaders headers) {

    public int code() {
      return status.value();
    }

    public String message() {
      return json.path("message").asText();
    }
  }
}
