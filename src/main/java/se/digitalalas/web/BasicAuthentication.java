package se.digitalalas.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import se.digitalalas.web.RecentSignIns.SignIn;

/**
 * HTTP basic authentication against the engine's identity service, as Camunda's
 * {@link HttpBasicAuthenticationProvider} does it (password check, then the user's groups and
 * tenants), except that a sign-in the {@link RecentSignIns} remember is taken as it is. The result
 * carries the groups and tenants, so Camunda's filter does not ask for them again.
 */
public class BasicAuthentication implements AuthenticationProvider {

  private static final String BASIC = "Basic ";

  private final HttpBasicAuthenticationProvider challenge = new HttpBasicAuthenticationProvider();
  private final RecentSignIns recentSignIns;

  public BasicAuthentication(RecentSignIns recentSignIns) {
    this.recentSignIns = recentSignIns;
  }

  private record Credentials(String userId, String password) {

    static Optional<Credentials> of(String header) {
      if (header == null || !header.startsWith(BASIC)) {
        return Optional.empty();
      }
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException notBase64) {
        return Optional.empty();
      }
      int colon = decoded.indexOf(':');
      return colon < 0 ? Optional.empty() : Optional.of(new Credentials(decoded.substring(0, colon),
          decoded.substring(colon + 1)));
    }
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Optional<Credentials> given = Credentials.of(request.getHeader("Authorization"));
    if (given.isEmpty()) {
      return AuthenticationResult.unsuccessful();
    }
    String userId = given.get().userId();
    String password = given.get().password();
    Optional<SignIn> signIn = recentSignIns.remembered(engine.getName(), userId, password)
        .or(() -> checked(engine, userId, password));
    if (signIn.isEmpty()) {
      return AuthenticationResult.unsuccessful(userId);
    }
    AuthenticationResult result = AuthenticationResult.successful(userId);
    result.setGroups(signIn.get().groupIds());
    result.setTenants(signIn.get().tenantIds());
    return result;
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    challenge.augmentResponseByAuthenticationChallenge(response, engine);
  }

  private Optional<SignIn> checked(ProcessEngine engine, String userId, String password) {
    IdentityService identity = engine.getIdentityService();
    if (!identity.checkPassword(userId, password)) {
      recentSignIns.forget(engine.getName(), userId);
      return Optional.empty();
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
    SignIn signIn = new SignIn(userId, groups, tenants);
    recentSignIns.remember(engine.getName(), password, signIn);
    return Optional.of(signIn);
  }
}
