package se.digitalalas.web;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.testsupport.EngineRestClient.variable;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataIntegrityViolationException;
import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.EngineRestClient;

/**
 * The error answers of both APIs over real HTTP: the paths Spring Boot's /error answers, the
 * service's own Jersey mappers, and Camunda's error JSON for engine failures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:errorshape;DB_CLOSE_DELAY=-1")
class ErrorShapeIT {

  private static final Credentials HANNA = new Credentials("hanna", "demo");
  private static final Credentials ANNA = new Credentials("anna", "demo");
  private static final Credentials BERIT = new Credentials("berit", "demo");
  private static final String INTERNAL_ERROR = "Ett internt fel inträffade. Försök igen eller kontakta support.";

  @LocalServerPort
  int port;

  EngineRestClient rest;

  @BeforeEach
  void connect() {
    rest = new EngineRestClient(port);
  }

  @Test
  void anUnknownApiPathIs404InTheCommonShape() {
    Reply reply = rest.get(HANNA, "/api/finns-inte");

    assertThat(reply.code()).isEqualTo(404);
    assertThat(fields(reply.json())).containsExactly("type", "message");
    assertThat(reply.json().path("type").asText()).isEqualTo("NotFound");
    assertThat(reply.message()).isEqualTo("Adressen finns inte");
  }

  @Test
  void aWrongMethodOnTheApiIs405InTheCommonShape() {
    Reply reply = rest.put(HANNA, "/api/brukare/1", Map.of());

    assertThat(reply.code()).isEqualTo(405);
    assertThat(fields(reply.json())).containsExactly("type", "message");
    assertThat(reply.message()).isEqualTo("Metoden stöds inte för den här adressen");
  }

  @Test
  void aNonNumericIdIs400() {
    Reply reply = rest.get(HANNA, "/api/brukare/abc");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.message()).isEqualTo("Ogiltigt id");
  }

  @Test
  void aRefusalOnTheEngineRestIsTheCommonShape() {
    Reply reply = rest.post(BERIT, "/engine-rest/process-definition/key/montering-bistandsbedomd/start",
        Map.of("variables", Map.of("personnummer", variable("194001011231", "String"))));

    assertThat(reply.code()).isEqualTo(400);
    assertThat(fields(reply.json())).containsExactly("type", "message");
    assertThat(reply.json().path("type").asText()).isEqualTo("Refusal");
    assertThat(reply.message()).contains("personnummer");
  }

  @Test
  void aFailureOutsideTheEngineOnTheEngineRestIs500WithoutItsSql() {
    Reply reply = rest.get(HANNA, "/engine-rest/test-fel");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.json().path("type").asText()).isEqualTo("InternalError");
    assertThat(reply.message()).isEqualTo(INTERNAL_ERROR);
    assertThat(reply.json().toString()).doesNotContain("SQL", "secret_column");
  }

  @Test
  void theEnginesOwnFailuresKeepCamundasErrorJsonWithoutAStackTrace() {
    Reply engineFailure = rest.post(HANNA, "/engine-rest/task", Map.of("processVariables",
        List.of(Map.of("name", "namn", "operator", "eq", "value", Map.of("x", 1)))));
    String longId = "a".repeat(100);
    Reply persistenceFailure = rest.post(ANNA, "/engine-rest/user/create", Map.of(
        "profile", Map.of("id", longId, "firstName", "För", "lastName", "Lång"),
        "credentials", Map.of("password", "hemligt")));

    for (Reply reply : List.of(engineFailure, persistenceFailure)) {
      assertThat(reply.code()).isEqualTo(500);
      assertThat(fields(reply.json())).containsExactlyInAnyOrder("type", "message", "code");
      assertThat(reply.json().toString())
          .doesNotContain("\\tat ", "at org.", "SQL", "insert into", "ACT_ID_USER");
    }
    assertThat(engineFailure.json().path("type").asText()).isEqualTo("ProcessEngineException");
    assertThat(persistenceFailure.json().path("type").asText())
        .isEqualTo("ProcessEnginePersistenceException");
  }

  @Test
  void anUnknownEngineRestPathIsStillCamundas404() {
    Reply reply = rest.get(HANNA, "/engine-rest/finns-inte");

    assertThat(reply.code()).isEqualTo(404);
    assertThat(reply.json().path("type").asText()).isEqualTo("NotFoundException");
  }

  private static List<String> fields(JsonNode json) {
    return json.properties().stream().map(Map.Entry::getKey).toList();
  }

  @TestConfiguration
  static class FailingEngineRestResource {

    @Bean
    ResourceConfigCustomizer failingResource() {
      return config -> config.register(Failing.class);
    }
  }

  /** Fails as a delegate does when the registry's SQL fails. */
  @Path("/test-fel")
  public static class Failing {

    @GET
    public String fail() {
      throw new DataIntegrityViolationException(
          "PreparedStatementCallback; SQL [insert into household (secret_column) values (?)]");
    }
  }
}
