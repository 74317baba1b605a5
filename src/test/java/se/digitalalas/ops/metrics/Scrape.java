package se.digitalalas.ops.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.digitalalas.testsupport.EngineRestClient.Credentials;

/** One GET of a metrics endpoint as Prometheus sends it (basic auth, text), and its samples. */
record Scrape(int status, String body) {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  static Scrape of(int port, String path, Credentials who) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (who != null) {
      String basic = Base64.getEncoder().encodeToString(
          (who.userId() + ":" + who.password()).getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + basic);
    }
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Scrape(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The sample of the metric with this label (name="value"), or without labels when label is null. */
  double value(String metric, String label) {
    Pattern sample = Pattern.compile("^" + Pattern.quote(metric) + "(\\{[^}]*\\})? (\\S+)$", Pattern.MULTILINE);
    Matcher matcher = sample.matcher(body);
    while (matcher.find()) {
      String labels = matcher.group(1) == null ? "" : matcher.group(1);
      if (label == null || labels.contains(label)) {
        return Double.parseDouble(matcher.group(2));
      }
    }
    throw new AssertionError("No sample " + metric + (label == null ? "" : " " + label) + " in\n" + body);
  }
}
