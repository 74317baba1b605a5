package se.digitalalas.web;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.Mockito.*;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class TasklistSessionAuthenticationProviderTest {

  private static final String TOKEN = "5F1C0DE5F1C0DE5F1C0DE5F1C0DE5F1C";

  private final TasklistSessionAuthenticationProvider provider = new TasklistSessionAuthenticationProvider(
      new BasicAuthentication(new RecentSignIns(Duration.ofSeconds(5), Ticker.systemTicker())));
  private final ProcessEngine engine = mock(ProcessEngine.class);
  private final IdentityService identity = mock(IdentityService.class);
  private final UserQuery users = mock(UserQuery.class, RETURNS_SELF);
  private final MockHttpSession session = new MockHttpSession();

  @BeforeEach
  void signedInToTasklist() {
    when(engine.getName()).thenReturn("default");
    when(engine.getIdentityService()).thenReturn(identity);
    when(identity.createUserQuery()).thenReturn(users);
    when(users.count()).thenReturn(1L);
    Authentications authentications = new Authentications();
    authentications.addOrReplace(new UserAuthentication("mats", "default"));
    AuthenticationUtil.updateSession(session, authentications);
    session.setAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME, TOKEN);
  }

  @Test
  void aReadUnderApiWithTheSessionsTokenIsTheSessionsUser() {
    AuthenticationResult result = provider.extractAuthenticatedUser(request("GET", "/api/uppgifter/t1/brukare", TOKEN), engine);

    assertThat(result.isAuthenticated()).isTrue();
    assertThat(result.getAuthenticatedUser()).isEqualTo("mats");
  }

  @Test
  void aWrongOrMissingTokenIsRefusedAndOnlyTheTabsRequestGoesWithoutChallenge() {
    MockHttpServletResponse wrong = new MockHttpServletResponse();
    assertThat(provider.extractAuthenticatedUser(request("GET", "/api/brukare/1", "forged"), engine).isAuthenticated())
        .isFalse();
    provider.augmentResponseByAuthenticationChallenge(wrong, engine);
    assertThat(wrong.getHeader("WWW-Authenticate")).isNull();

    MockHttpServletResponse none = new MockHttpServletResponse();
    assertThat(provider.extractAuthenticatedUser(request("GET", "/api/brukare/1", null), engine).isAuthenticated())
        .isFalse();
    provider.augmentResponseByAuthenticationChallenge(none, engine);
    assertThat(none.getHeader("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void theTasklistSearchPostsWithTheSession() {
    AuthenticationResult result = provider.extractAuthenticatedUser(request("POST", "/api/brukarvy/sok", TOKEN), engine);

    assertThat(result.isAuthenticated()).isTrue();
    assertThat(result.getAuthenticatedUser()).isEqualTo("mats");
    assertThat(provider.extractAuthenticatedUser(request("POST", "/api/brukarvy/sok", "forged"), engine).isAuthenticated())
        .isFalse();
  }

  @Test
  void theSessionCountsNeitherForWritesNorForEngineRest() {
    assertThat(provider.extractAuthenticatedUser(request("POST", "/api/brukare/sok", TOKEN), engine).isAuthenticated())
        .isFalse();
    assertThat(provider.extractAuthenticatedUser(request("GET", "/engine-rest/task", TOKEN), engine).isAuthenticated())
        .isFalse();
  }

  @Test
  void thePathIsTheMappedOneNotTheRawUri() {
    MockHttpServletRequest dotted = request("GET", "/api/../engine-rest/task", TOKEN);
    dotted.setServletPath("/engine-rest");
    dotted.setPathInfo("/task");

    assertThat(provider.extractAuthenticatedUser(dotted, engine).isAuthenticated()).isFalse();
  }

  @Test
  void aUserDeletedSinceSigningInIsRefused() {
    when(users.count()).thenReturn(0L);

    assertThat(provider.extractAuthenticatedUser(request("GET", "/api/brukare/1", TOKEN), engine).isAuthenticated())
        .isFalse();
  }

  private MockHttpServletRequest request(String method, String uri, String token) {
    MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
    request.setServletPath(uri);
    request.setSession(session);
    if (token != null) {
      request.addHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, token);
    }
    return request;
  }
}
