package se.digitalalas.routine.monteringbistandsbedomd;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd.PROCESS_ID;
import static se.digitalalas.testsupport.EngineRestClient.variable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import se.digitalalas.process.variables.ContractVariable;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * Bad values at the start of routine 1 over REST: each is a 400 refusal naming the field, says
 * nothing of SQL or the service's classes, starts nothing and writes nothing in the registry;
 * and each is one INFO line in the log, without the personnummer or a stack trace.
 */
interface StartInputWalkthrough extends ServiceUnderTest {

  /** Used by no other test: nothing may ever be registered for it. */
  String PERSONNUMMER_OF_THE_BAD_STARTS = "194505051039";

  /** The service's HTTP port, for the browser session of Tasklist. */
  int port();

  record BadValue(ContractVariable variable, Object value, String type, String reason) {
  }

  List<BadValue> BAD_VALUES = List.of(
      new BadValue(ADRESS, "Tallvägen ".repeat(21), "String", "Ogiltigt värde för adress: högst 200 tecken"),
      new BadValue(NAMN, "K".repeat(201), "String", "Ogiltigt värde för namn: högst 200 tecken"),
      new BadValue(ORT, "S".repeat(101), "String", "Ogiltigt värde för ort: högst 100 tecken"),
      new BadValue(TELEFON, "0".repeat(51), "String", "Ogiltigt värde för telefon: högst 50 tecken"),
      new BadValue(PORTKOD, "1".repeat(51), "String", "Ogiltigt värde för portkod: högst 50 tecken"),
      new BadValue(HEMVARDSOMRADE, "H".repeat(101), "String",
          "Ogiltigt värde för hemvårdsområde: högst 100 tecken"),
      new BadValue(INSATS_HEMTJANST, "kanske", "String",
          "Ogiltigt värde för insats hemtjänst: ange ja eller nej"),
      new BadValue(INSATS_TRYGGHETSLARM, "ja, kanske", "String",
          "Ogiltigt värde för insats trygghetslarm: ange ja eller nej"),
      new BadValue(BESLUTSDATUM, "2026-13-45", "String", "Ogiltigt datum för beslutsdatum"),
      new BadValue(BESLUTSDATUM, "20/11/2026", "String", "Ogiltigt datum för beslutsdatum"),
      new BadValue(NAMN, "Karl\u0000Karlsson", "String",
          "Ogiltigt värde för namn: texten innehåller otillåtna tecken"),
      new BadValue(ADRESS, "Tallvägen\u001b7", "String",
          "Ogiltigt värde för adress: texten innehåller otillåtna tecken"),
      new BadValue(PERSONNUMMER, "20991212-1218", "String",
          "Ogiltigt personnummer: födelsedatumet ligger i framtiden"));

  @Test
  default void refusesEachBadValueNamingTheFieldAndWritesNothing() {
    long running = driver().runningInstances(PROCESS_ID);

    for (BadValue bad : BAD_VALUES) {
      Reply reply = startWith(bad);

      assertThat(reply.code()).as(bad + " → " + reply.json()).isEqualTo(400);
      assertThat(reply.json().path("type").asText()).as(bad.toString()).isEqualTo("Refusal");
      assertThat(reply.message()).as(bad.toString()).startsWith(bad.reason());
      assertThat(reply.json().toString()).as(bad.toString())
          .doesNotContainIgnoringCase("sql")
          .doesNotContain("insert", "varchar", "se.digitalalas", "Exception", "\\tat ", "at org.");
    }

    assertThat(driver().runningInstances(PROCESS_ID)).isEqualTo(running);
    assertThat(driver().rest().post(admin(), "/api/brukare/sok",
        Map.of("personnummer", PERSONNUMMER_OF_THE_BAD_STARTS)).code()).isEqualTo(404);
  }

  @Test
  default void aRestDateThatDoesNotExistIsNotReadAsAnotherDay() {
    long running = driver().runningInstances(PROCESS_ID);

    Reply reply = startWith(new BadValue(BESLUTSDATUM, "2026-13-45T00:00:00.000+0100", "Date", ""));

    assertThat(reply.code()).as(reply.json().toString()).isEqualTo(400);
    assertThat(driver().runningInstances(PROCESS_ID)).isEqualTo(running);
    assertThat(driver().rest().post(admin(), "/api/brukare/sok",
        Map.of("personnummer", PERSONNUMMER_OF_THE_BAD_STARTS)).code()).isEqualTo(404);
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  default void aRefusalIsOneInfoLineWithoutPersonalDataOrStack(CapturedOutput output) {
    int before = output.getOut().length();

    Reply reply = startWith(new BadValue(INSATS_HEMTJANST, "kanske", "String", ""));

    assertThat(reply.code()).isEqualTo(400);
    List<String> logged = Arrays.asList(output.getOut().substring(before).split("\\R"));
    assertThat(logged).filteredOn(line -> line.contains("Refus"))
        .singleElement().satisfies(line -> assertThat(line)
            .contains(" INFO ", "Refused with 400: POST /engine-rest/process-definition/key/" + PROCESS_ID));
    assertThat(logged).noneMatch(line -> line.contains("ENGINE-16004"))
        .noneMatch(line -> line.startsWith("\tat ") || line.startsWith("se.digitalalas.refusal"))
        .noneMatch(line -> line.contains(PERSONNUMMER_OF_THE_BAD_STARTS) || line.contains("19450505-1039")
            || line.contains("Karl Karlsson") || line.contains("Tallvägen"));
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  default void aRefusalOnTheApiIsOneInfoLineToo(CapturedOutput output) {
    int before = output.getOut().length();

    Reply reply = driver().rest().post(admin(), "/api/brukare/sok", Map.of("personnummer", "194505051038"));

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.json().path("type").asText()).isEqualTo("Refusal");
    List<String> logged = Arrays.asList(output.getOut().substring(before).split("\\R"));
    assertThat(logged).filteredOn(line -> line.contains("Refus")).singleElement()
        .satisfies(line -> assertThat(line).contains(" INFO ", "Refused with 400: POST /api/brukare/sok"));
    assertThat(logged).noneMatch(line -> line.contains("194505051038") || line.startsWith("\tat "));
  }

  /** Tasklist submits a start form to the webapps' own engine API, with a session and a CSRF token. */
  @Test
  @ExtendWith(OutputCaptureExtension.class)
  default void aRefusalThroughTasklistIsTheSame400AndOneInfoLine(CapturedOutput output) throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String camunda = "http://localhost:" + port() + "/camunda";
    Credentials berit = staff(StaffGroup.BISTANDSHANDLAGGARE);
    String csrf = csrfToken(browser, camunda + "/app/tasklist/default/");
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
            URI.create(camunda + "/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + berit.userId() + "&password="
            + URLEncoder.encode(berit.password(), StandardCharsets.UTF_8)))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    csrf = csrfToken(browser, camunda + "/api/engine/engine/default/process-definition/count");
    int before = output.getOut().length();

    HttpResponse<String> submitted = browser.send(HttpRequest.newBuilder(URI.create(camunda
            + "/api/engine/engine/default/process-definition/key/" + PROCESS_ID + "/submit-form"))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .header("X-XSRF-TOKEN", csrf)
        .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(Map.of("variables",
            Map.of(PERSONNUMMER.name(), variable(PERSONNUMMER_OF_THE_BAD_STARTS, "String"),
                NAMN.name(), variable("Karl Karlsson", "String"),
                ADRESS.name(), variable("Tallvägen 7", "String"),
                INSATS_HEMTJANST.name(), variable("kanske", "String"))))))
        .build(), HttpResponse.BodyHandlers.ofString());

    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(400);
    JsonNode body = new ObjectMapper().readTree(submitted.body());
    assertThat(body.path("type").asText()).isEqualTo("Refusal");
    assertThat(body.path("message").asText()).isEqualTo("Ogiltigt värde för insats hemtjänst: ange ja eller nej");
    List<String> logged = Arrays.asList(output.getOut().substring(before).split("\\R"));
    assertThat(logged).filteredOn(line -> line.contains("Refus")).singleElement()
        .satisfies(line -> assertThat(line).contains(" INFO ", "/submit-form"));
    assertThat(logged).noneMatch(line -> line.startsWith("\tat ") || line.contains("ENGINE-REST-HTTP500"));
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  default void anUnexpectedFailureStillLogsItsStackOnceAtError(CapturedOutput output) {
    int before = output.getOut().length();

    Reply reply = driver().rest().post(admin(), "/engine-rest/user/create", Map.of(
        "profile", Map.of("id", "x".repeat(300), "firstName", "För", "lastName", "Lång"),
        "credentials", Map.of("password", "hemligt")));

    assertThat(reply.code()).isEqualTo(500);
    List<String> logged = Arrays.asList(output.getOut().substring(before).split("\\R"));
    assertThat(logged).filteredOn(line -> line.matches("^\\S+\\s+ERROR .*")).hasSize(1);
    assertThat(logged).filteredOn(line -> line.startsWith("\tat ")).isNotEmpty();
  }

  private static String csrfToken(HttpClient browser, String url) throws Exception {
    return browser.send(HttpRequest.newBuilder(URI.create(url))
            .header("X-XSRF-TOKEN", "Fetch").build(), HttpResponse.BodyHandlers.discarding())
        .headers().firstValue("X-XSRF-TOKEN").orElseThrow();
  }

  private Reply startWith(BadValue bad) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PERSONNUMMER.name(), variable(PERSONNUMMER_OF_THE_BAD_STARTS, "String"));
    variables.put(NAMN.name(), variable("Karl Karlsson", "String"));
    variables.put(ADRESS.name(), variable("Tallvägen 7", "String"));
    variables.put(POSTNUMMER.name(), variable("123 48", "String"));
    variables.put(ORT.name(), variable("Småstad", "String"));
    variables.put(INSATS_HEMTJANST.name(), variable(true, "Boolean"));
    variables.put(INSATS_TRYGGHETSLARM.name(), variable(true, "Boolean"));
    variables.put(BESLUTSDATUM.name(), variable("2026-11-20T00:00:00.000+0100", "Date"));
    variables.put(bad.variable().name(), variable(bad.value(), bad.type()));
    return driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID, variables);
  }
}
