package se.digitalalas.web.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A user signed in to Tasklist as the browser is: the session cookie, and the XSRF token the
 * webapp hands out on every read and wants back on every write.
 */
public final class TasklistSession {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
  private String xsrfToken = "";

  private TasklistSession(int port) {
    this.base = "http://localhost:" + port;
  }

  public static TasklistSession login(int port, String userId, String password) {
    TasklistSession session = new TasklistSession(port);
    session.send(HttpRequest.newBuilder(session.uri("/camunda/app/tasklist/default/")).GET());
    String form = "username=" + URLEncoder.encode(userId, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    Reply login = session.send(HttpRequest.newBuilder(session.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (login.code() != 200) {
      throw new IllegalStateException("Tasklist login failed: " + login.code());
    }
    session.send(HttpRequest.newBuilder(session.uri("/camunda/api/engine/engine/default/user/" + userId + "/profile")).GET());
    return session;
  }

  /** A read as a page of Tasklist sends it: the session cookie and the XSRF token. */
  public Reply get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /** A read with the session cookie and this XSRF token ("" for none), as another site's page could send it. */
  public Reply getWithToken(String path, String token) {
    String own = xsrfToken;
    xsrfToken = token;
    try {
      return send(HttpRequest.newBuilder(uri(path)).GET());
    } finally {
      xsrfToken = own;
    }
  }

  public Reply post(String path, Object body) {
    try {
      return send(HttpRequest.newBuilder(uri(path))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Reply send(HttpRequest.Builder request) {
    request.header("Accept", "application/json");
    if (!xsrfToken.isEmpty()) {
      request.header("X-XSRF-TOKEN", xsrfToken);
    }
    try {
      HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> xsrfToken = token);
      for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
        if (cookie.getName().equals("XSRF-TOKEN")) {
          xsrfToken = cookie.getValue();
        }
      }
      byte[] body = response.body();
      JsonNode json;
      try {
        json = body.length == 0 ? NullNode.getInstance() : JSON.readTree(body);
      } catch (IOException notJson) {
        json = NullNode.getInstance();
      }
      return new Reply(response.statusCode(), json, response.headers());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  public record Reply(int code, JsonNode json, java.net.http.HttpHeaders headers) {

    public String message() {
      return json.path("message").asText();
    }
  }
}
