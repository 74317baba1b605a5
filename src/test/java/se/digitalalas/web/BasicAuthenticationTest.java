package se.digitalalas.web;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.Mockito.*;

import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class BasicAuthenticationTest {

  private static final Duration REMEMBERED_FOR = Duration.ofSeconds(5);

  private final AtomicLong nanos = new AtomicLong();
  private final Ticker ticker = nanos::get;
  private final BasicAuthentication authentication =
      new BasicAuthentication(new RecentSignIns(REMEMBERED_FOR, ticker));
  private final ProcessEngine engine = mock(ProcessEngine.class);
  private final IdentityService identity = mock(IdentityService.class);
  private final GroupQuery groups = mock(GroupQuery.class, RETURNS_SELF);
  private final TenantQuery tenants = mock(TenantQuery.class, RETURNS_SELF);

  @BeforeEach
  void matsIsAMontor() {
    when(engine.getName()).thenReturn("default");
    when(engine.getIdentityService()).thenReturn(identity);
    when(identity.createGroupQuery()).thenReturn(groups);
    when(identity.createTenantQuery()).thenReturn(tenants);
    when(identity.checkPassword("mats", "demo")).thenReturn(true);
    memberOf("montor");
    when(tenants.list()).thenReturn(List.of());
  }

  @Test
  void aSignInIsTheIdentityServicesAnswerWithGroupsAndTenants() {
    Tenant tenant = mock(Tenant.class);
    when(tenant.getId()).thenReturn("kommunen");
    when(tenants.list()).thenReturn(List.of(tenant));

    AuthenticationResult result = signIn("mats", "demo");

    assertThat(result.isAuthenticated()).isTrue();
    assertThat(result.getAuthenticatedUser()).isEqualTo("mats");
    assertThat(result.getGroups()).containsExactly("montor");
    assertThat(result.getTenants()).containsExactly("kommunen");
    verify(groups).groupMember("mats");
    verify(tenants).userMember("mats");
    verify(tenants).includingGroupsOfUser(true);
  }

  @Test
  void theSamePasswordWithinTheTimeIsNotCheckedAgain() {
    signIn("mats", "demo");
    nanos.addAndGet(REMEMBERED_FOR.minusMillis(1).toNanos());

    assertThat(signIn("mats", "demo").getGroups()).containsExactly("montor");
    verify(identity, times(1)).checkPassword("mats", "demo");
    verify(groups, times(1)).list();
  }

  @Test
  void aChangedPasswordOrMembershipCountsOnceTheTimeIsOver() {
    signIn("mats", "demo");
    when(identity.checkPassword("mats", "demo")).thenReturn(false);
    when(identity.checkPassword("mats", "nytt")).thenReturn(true);
    memberOf("hemtjanstutforare");

    assertThat(signIn("mats", "demo").isAuthenticated()).as("still remembered").isTrue();
    nanos.addAndGet(REMEMBERED_FOR.toNanos());

    assertThat(signIn("mats", "demo").isAuthenticated()).isFalse();
    assertThat(signIn("mats", "nytt").getGroups()).containsExactly("hemtjanstutforare");
  }

  @Test
  void aWrongPasswordForgetsTheUserSoTheLoginDelayHoldsForTheRightOne() {
    signIn("mats", "demo");

    assertThat(signIn("mats", "fel").isAuthenticated()).isFalse();
    when(identity.checkPassword("mats", "demo")).thenReturn(false); // the engine's login delay

    assertThat(signIn("mats", "demo").isAuthenticated()).isFalse();
    verify(identity, times(2)).checkPassword("mats", "demo");
  }

  @Test
  void anotherPasswordOrUserIsCheckedAndARefusalIsNotRemembered() {
    signIn("mats", "demo");

    assertThat(signIn("mats", "gissning").isAuthenticated()).isFalse();
    assertThat(signIn("kim", "demo").isAuthenticated()).isFalse();
    assertThat(signIn("kim", "demo").isAuthenticated()).isFalse();
    verify(identity).checkPassword("mats", "gissning");
    verify(identity, times(2)).checkPassword("kim", "demo");
  }

  @Test
  void noOrAMalformedHeaderIsNoSignIn() {
    for (String header : new String[] {null, "Bearer x", "Basic inte-base64!", "Basic "
        + Base64.getEncoder().encodeToString("utan-kolon".getBytes(StandardCharsets.UTF_8))}) {
      MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
      if (header != null) {
        request.addHeader("Authorization", header);
      }
      assertThat(authentication.extractAuthenticatedUser(request, engine).isAuthenticated()).as(header).isFalse();
    }
    verify(identity, never()).checkPassword(any(), any());
  }

  private AuthenticationResult signIn(String userId, String password) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
    request.addHeader("Authorization", "Basic "
        + Base64.getEncoder().encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8)));
    return authentication.extractAuthenticatedUser(request, engine);
  }

  private void memberOf(String groupId) {
    Group group = mock(Group.class);
    when(group.getId()).thenReturn(groupId);
    when(groups.list()).thenReturn(List.of(group));
  }
}
