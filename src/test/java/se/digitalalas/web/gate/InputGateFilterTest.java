package se.digitalalas.web.gate;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class InputGateFilterTest {

  private static final FormFields NFC_FORM = FormFields.read(new ByteArrayInputStream("""
      {"components": [{"type": "checkbox", "key": "nfcEtikettUppsatt", "label": "Uppsatt"}]}"""
      .getBytes(StandardCharsets.UTF_8)));
  private static final Caller HANNA = new Caller("hanna", List.of("hemtjanstutforare"));
  private static final Caller ANNA = new Caller("anna", List.of("camunda-admin"));

  private final Callers callers = mock(Callers.class);
  private final DeployedForms forms = mock(DeployedForms.class);
  private final InputGateFilter gate =
      new InputGateFilter("/camunda", callers, forms, new SubmittedAnswers(ZoneId.of("Europe/Stockholm")),
          new VendorMessages(mock(RuntimeService.class), mock(IdentityService.class)));
  private final AtomicReference<String> bodySeenByTheEngine = new AtomicReference<>();
  private final FilterChain engine = (request, response) -> bodySeenByTheEngine.set(read(request));

  @BeforeEach
  void knownTask() {
    when(forms.ofTask("42")).thenReturn(Optional.of(NFC_FORM));
    when(callers.isAdministrator(ANNA)).thenReturn(true);
  }

  @Test
  void theFormsAnswersReachTheEngineUnchanged() throws Exception {
    String body = "{\"variables\": {\"nfcEtikettUppsatt\": {\"value\": true, \"type\": \"Boolean\"}}}";
    MockHttpServletResponse response = send(HANNA, "POST", "/task/42/complete", body);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(bodySeenByTheEngine.get()).isEqualTo(body);
  }

  @Test
  void aForeignVariableIsRefusedBeforeTheEngine() throws Exception {
    MockHttpServletResponse response = send(HANNA, "POST", "/task/42/complete",
        "{\"variables\": {\"nfcEtikettUppsatt\": {\"value\": true}, \"brukareId\": {\"value\": 7}}}");

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo("{\"type\":\"Refusal\",\"message\":\"Uppgiften tar inte emot: brukareId\"}");
    assertThat(bodySeenByTheEngine.get()).isNull();
  }

  @Test
  void unreadableJsonIsAnInvalidRequest() throws Exception {
    MockHttpServletResponse response = send(HANNA, "POST", "/task/42/complete", "{\"variables\": ");

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"type\":\"InvalidRequest\"");
  }

  @Test
  void startFlagsAreForAdministrators() throws Exception {
    when(forms.ofStart(any())).thenReturn(Optional.of(FormFields.NONE));
    for (String flag : List.of("\"skipCustomListeners\": true", "\"skipIoMappings\": \"true\"",
        "\"startInstructions\": []")) {
      MockHttpServletResponse response = send(HANNA, "POST", "/process-definition/key/p/start", "{" + flag + "}");

      assertThat(response.getStatus()).as(flag).isEqualTo(403);
      assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"type\":\"Forbidden\"",
          "Endast administratörer får");
    }
    assertThat(send(HANNA, "POST", "/process-definition/key/p/start", "{\"skipCustomListeners\": false}")
        .getStatus()).isEqualTo(200);
    assertThat(bodySeenByTheEngine.get()).isNotNull();
  }

  @Test
  void onlyAdministratorsTestAPassword() throws Exception {
    String body = "{\"username\": \"omar\", \"password\": \"gissning\"}";
    MockHttpServletResponse refused = send(HANNA, "POST", "/identity/verify", body);

    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo("{\"type\":\"Forbidden\",\"message\":\"Endast administratörer får pröva ett lösenord\"}");
    assertThat(bodySeenByTheEngine.get()).isNull();

    assertThat(send(ANNA, "POST", "/identity/verify", body).getStatus()).isEqualTo(200);
    assertThat(bodySeenByTheEngine.get()).isEqualTo(body);
  }

  @Test
  void anUnknownTaskIsLeftToTheEngine() throws Exception {
    when(forms.ofTask("43")).thenReturn(Optional.empty());

    assertThat(send(HANNA, "POST", "/task/43/complete", "{\"variables\": {\"brukareId\": {\"value\": 7}}}")
        .getStatus()).isEqualTo(200);
    assertThat(bodySeenByTheEngine.get()).contains("brukareId");
  }

  @Test
  void administratorsPass() throws Exception {
    assertThat(send(ANNA, "PUT", "/task/42/variables/brukareId", "{\"value\": 7}").getStatus()).isEqualTo(200);
    assertThat(send(ANNA, "POST", "/task/42/complete", "{\"variables\": {\"brukareId\": {\"value\": 7}}}")
        .getStatus()).isEqualTo(200);
    verifyNoInteractions(forms);
  }

  @Test
  void withoutACallerTheGateAsksForALogin() throws Exception {
    MockHttpServletResponse response = send(null, "POST", "/task/42/complete", "{}");

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(bodySeenByTheEngine.get()).isNull();
  }

  @Test
  void readsPassWithoutLookingAtTheCaller() throws Exception {
    assertThat(send(null, "GET", "/task/42/variables", "").getStatus()).isEqualTo(200);
    verifyNoInteractions(callers);
  }

  private MockHttpServletResponse send(Caller caller, String method, String path, String body) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, "/engine-rest" + path);
    request.setServletPath("/engine-rest");
    request.setPathInfo(path);
    request.setContentType("application/json");
    request.setContent(body.getBytes(StandardCharsets.UTF_8));
    when(callers.of(any(HttpServletRequest.class), any())).thenReturn(Optional.ofNullable(caller));
    MockHttpServletResponse response = new MockHttpServletResponse();
    gate.doFilter(request, response, engine);
    return response;
  }

  private static String read(ServletRequest request) {
    try {
      return new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
