package se.digitalalas.web.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.web.ApiError;
import se.digitalalas.web.RefusalLog;

/**
 * The input gate: what staff send to the engine, on /engine-rest and on Tasklist's own API.
 * A task takes only the answers its Camunda Form asks for, a start only its start form's, at
 * its start event with every check run; nothing else writes variables or moves tokens.
 * Administrators pass. Reads and everything else are left to the engine's authorization.
 */
class InputGateFilter extends OncePerRequestFilter {

  static final String ADMIN_ONLY =
      "Endast administratörer får ändra variabler eller flytta en process utanför ett formulär";
  static final String ADMIN_ONLY_PASSWORD_CHECK = "Endast administratörer får pröva ett lösenord";
  static final String ADMIN_ONLY_START =
      "Endast administratörer får starta en process med startinstruktioner eller utan dess lyssnare och mappningar";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> COMPLETION_FIELDS = Set.of("variables", "withVariablesInReturn");
  private static final Set<String> START_FIELDS = Set.of("variables", "businessKey", "withVariablesInReturn",
      "startInstructions", "skipCustomListeners", "skipIoMappings");
  private static final Set<String> ADMIN_ONLY_START_FIELDS =
      Set.of("startInstructions", "skipCustomListeners", "skipIoMappings");

  private final String webappPath;
  private final Callers callers;
  private final DeployedForms forms;
  private final SubmittedAnswers answers;
  private final VendorMessages vendorMessages;

  InputGateFilter(String webappPath, Callers callers, DeployedForms forms, SubmittedAnswers answers,
      VendorMessages vendorMessages) {
    this.webappPath = webappPath;
    this.callers = callers;
    this.forms = forms;
    this.answers = answers;
    this.vendorMessages = vendorMessages;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<EnginePath> path = EnginePath.of(pathInContext(request), webappPath);
    Route route = path.map(p -> EngineRoutes.of(request.getMethod(), p)).orElse(new Route.Open());
    if (route instanceof Route.Open) {
      chain.doFilter(request, response);
      return;
    }
    try {
      Caller caller = callers.of(request, path.get()).orElseThrow(GateRefusal::unauthorized);
      if (callers.isAdministrator(caller)) {
        chain.doFilter(request, response);
        return;
      }
      chain.doFilter(admit(route, caller, request), response);
    } catch (GateRefusal refusal) {
      answer(request, response, refusal.status(), refusal.error(), route);
    } catch (Refusal refusal) {
      answer(request, response, HttpServletResponse.SC_BAD_REQUEST, ApiError.refusal(refusal.getMessage()), route);
    }
  }

  private HttpServletRequest admit(Route route, Caller caller, HttpServletRequest request) throws IOException {
    if (route instanceof Route.PasswordCheck) {
      throw GateRefusal.adminOnly(ADMIN_ONLY_PASSWORD_CHECK);
    }
    if (route instanceof Route.VendorMessage) {
      CachedBodyRequest cached = CachedBodyRequest.of(request);
      vendorMessages.check(caller, RequestBody.read(cached.body(), VendorMessages.MESSAGE_FIELDS));
      return cached;
    }
    if (route instanceof Route.TaskAnswers completion) {
      CachedBodyRequest cached = CachedBodyRequest.of(request);
      JsonNode body = RequestBody.read(cached.body(), COMPLETION_FIELDS);
      Optional<FormFields> form = forms.ofTask(completion.taskId());
      if (form.isPresent()) {
        answers.check(body.get("variables"), form.get(), "Uppgiften");
      }
      return cached;
    }
    if (route instanceof Route.Start start) {
      CachedBodyRequest cached = CachedBodyRequest.of(request);
      JsonNode body = RequestBody.read(cached.body(), START_FIELDS);
      if (ADMIN_ONLY_START_FIELDS.stream().anyMatch(field -> RequestBody.given(body, field))) {
        throw GateRefusal.adminOnly(ADMIN_ONLY_START);
      }
      if (RequestBody.given(body, "businessKey")) {
        throw new Refusal("Starten tar inte emot: businessKey (tjänsten sätter den)");
      }
      Optional<FormFields> form = forms.ofStart(start);
      if (form.isPresent()) {
        answers.check(body.get("variables"), form.get(), "Starten");
      }
      return cached;
    }
    throw GateRefusal.adminOnly(ADMIN_ONLY);
  }

  private static void answer(HttpServletRequest request, HttpServletResponse response, int status,
      ApiError error, Route route) throws IOException {
    RefusalLog.refused(status, request.getMethod(), request.getRequestURI(),
        "input gate, " + route.getClass().getSimpleName());
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), error);
  }

  /** Decoded and normalised by the container, as the servlet behind it sees it. */
  private static String pathInContext(HttpServletRequest request) {
    String servletPath = request.getServletPath();
    String pathInfo = request.getPathInfo();
    return (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
  }
}
