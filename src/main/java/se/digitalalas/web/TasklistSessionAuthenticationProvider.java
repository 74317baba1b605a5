package se.digitalalas.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * Basic authentication, and for a read of /api also the Camunda webapp's session: the Tasklist
 * tab ("Brukare") and its search read /api as the user signed in to Tasklist, without asking for
 * the password again. The session counts only for a GET under /api and for the search's POST
 * (which carries the personnummer in its body), never for /engine-rest (which Tasklist reaches
 * under /camunda/api with its own filters), with no Authorization header, when the
 * request carries the session's CSRF token in {@code X-XSRF-TOKEN} (as Tasklist's own requests
 * do; another site's page cannot read it) and the user still exists. Such a request that fails
 * gets a 401 without a basic challenge, so the browser shows no password dialog.
 */
public class TasklistSessionAuthenticationProvider implements AuthenticationProvider {

  private static final ThreadLocal<Boolean> SESSION_REQUEST = new ThreadLocal<>();

  private final BasicAuthentication basic;

  public TasklistSessionAuthenticationProvider(BasicAuthentication basic) {
    this.basic = basic;
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    SESSION_REQUEST.remove();
    if (request.getHeader("Authorization") != null || !isTasklistRead(request)) {
      return basic.extractAuthenticatedUser(request, engine);
    }
    String token = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    if (token == null) {
      return basic.extractAuthenticatedUser(request, engine);
    }
    SESSION_REQUEST.set(Boolean.TRUE);
    HttpSession session = request.getSession(false);
    if (session == null || !matches(token, session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME))) {
      return AuthenticationResult.unsuccessful();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication user = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(engine.getName());
    if (user == null || user.getIdentityId() == null
        || engine.getIdentityService().createUserQuery().userId(user.getIdentityId()).count() != 1) {
      return AuthenticationResult.unsuccessful();
    }
    return AuthenticationResult.successful(user.getIdentityId());
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    boolean sessionRequest = Boolean.TRUE.equals(SESSION_REQUEST.get());
    SESSION_REQUEST.remove();
    if (!sessionRequest) {
      basic.augmentResponseByAuthenticationChallenge(response, engine);
    }
  }

  /**
   * A GET whose path, as the container mapped it (decoded and normalised: not the raw URI, where
   * {@code /api/../engine-rest/task} would pass), lies under /api, or the POST of Tasklist's
   * brukare search.
   */
  static boolean isTasklistRead(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return "GET".equals(request.getMethod()) && path.startsWith("/api/")
        || "POST".equals(request.getMethod()) && path.equals(BrukareViewController.SEARCH);
  }

  private static boolean matches(String given, Object expected) {
    return expected instanceof String token && !token.isEmpty()
        && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }
}
