package se.digitalalas.security;

import static org.assertj.core.api.Assertions.*;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import se.digitalalas.testsupport.EngineRestClient;
import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * Accounts and headers (issue 9, "Accounts"), over real HTTP: wrong passwords delay the account
 * but never lock it for good, staff read no one's user profile but their own, only administrators
 * test passwords, and both APIs answer with the security headers.
 */
interface AccountsWalkthrough extends ServiceUnderTest {

  /** Not a demo user: a colleague of the hemtjänstutförare whose account an outsider guesses at. */
  String GUESSED = "itgissad";
  String PASSWORD = "it-gissad-secret";
  String PROFILE = "/engine-rest/user/" + GUESSED + "/profile";

  default LoginLocks locks() {
    return new LoginLocks(bean(ProcessEngine.class));
  }

  default AuthorizationSetup authorizationSetup() {
    return bean(AuthorizationSetup.class);
  }

  default AuthorizationService authorizationService() {
    return bean(ProcessEngine.class).getAuthorizationService();
  }

  @Test
  default void wrongPasswordsDelayTheAccountButNeverLockItForGood() {
    Credentials right = guessedAccount();
    Credentials wrong = new Credentials(GUESSED, "gissning");
    EngineRestClient rest = driver().rest();

    // the delay is real: right after a wrong password even the right one waits (3 s)
    assertThat(rest.get(wrong, PROFILE).code()).isEqualTo(401);
    assertThat(rest.get(right, PROFILE).code()).isEqualTo(401);
    await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
        .until(() -> rest.get(right, PROFILE).code() == 200);
    assertThat(locks().attempts(GUESSED)).isZero();

    // twenty timed guesses, twice Camunda's default for a permanent lock; each delay grows, at most a minute
    List<Long> delays = new ArrayList<>();
    for (int guess = 1; guess <= 20; guess++) {
      Instant before = locks().now();
      assertThat(rest.get(wrong, PROFILE).code()).isEqualTo(401);
      assertThat(locks().attempts(GUESSED)).isEqualTo(guess);
      delays.add(Math.round(Duration.between(before, locks().lockedUntil(GUESSED).orElseThrow()).toMillis() / 1000.0));
      assertThat(rest.get(right, PROFILE).code()).as("the right password during the delay").isEqualTo(401);
      assertThat(locks().attempts(GUESSED)).as("a try during the delay does not count").isEqualTo(guess);
      if (guess < 20) {
        locks().letTheDelayPass(GUESSED);
      }
    }
    List<Long> expected = List.of(3L, 6L, 12L, 24L, 48L, 60L, 60L, 60L, 60L, 60L, 60L, 60L, 60L, 60L, 60L, 60L, 60L,
        60L, 60L, 60L);
    for (int guess = 0; guess < expected.size(); guess++) {
      // give or take a second: the request itself, the clock the engine and the test read
      assertThat(delays.get(guess)).as("delay after guess %d of %s", guess + 1, delays)
          .isBetween(expected.get(guess) - 1, expected.get(guess) + 1);
    }

    // after the last delay the owner signs in
    locks().waitEndsAt(GUESSED, locks().now().plusSeconds(1));
    await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
        .until(() -> rest.get(right, PROFILE).code() == 200);
    assertThat(locks().attempts(GUESSED)).isZero();
  }

  @Test
  default void staffReadTheirOwnUserProfileOnly() {
    guessedAccount();
    Credentials staff = staff(StaffGroup.HEMTJANSTUTFORARE);
    Credentials otherGroup = staff(StaffGroup.KOMMUNVAGLEDARE);
    EngineRestClient rest = driver().rest();

    assertThat(userIds(rest.get(staff, "/engine-rest/user"))).containsExactly(staff.userId());
    assertThat(rest.get(staff, "/engine-rest/user/count").json().path("count").asLong()).isEqualTo(1);
    assertThat(rest.get(staff, "/engine-rest/user/" + staff.userId() + "/profile").code()).isEqualTo(200);
    Reply other = rest.get(staff, "/engine-rest/user/" + otherGroup.userId() + "/profile");
    assertThat(other.code()).isEqualTo(404);
    assertThat(other.json().toString()).doesNotContain("firstName");

    // the group info Tasklist asks for: another group's member shows nothing, a colleague no names but one's own
    JsonNode ofOtherGroup = rest.get(staff, "/engine-rest/identity/groups?userId=" + otherGroup.userId()).json();
    assertThat(ofOtherGroup.path("groups")).isEmpty();
    assertThat(ofOtherGroup.path("groupUsers")).isEmpty();
    JsonNode ofColleague = rest.get(staff, "/engine-rest/identity/groups?userId=" + GUESSED).json();
    assertThat(ofColleague.path("groups")).extracting(group -> group.path("id").asText())
        .containsExactly(StaffGroup.HEMTJANSTUTFORARE.id());
    assertThat(userIds(ofColleague.path("groupUsers"))).isSubsetOf(staff.userId());

    // administrators still list everyone
    assertThat(userIds(rest.get(admin(), "/engine-rest/user"))).contains(staff.userId(), otherGroup.userId(), GUESSED);
  }

  @Test
  default void theOldGrantToReadEveryUserIsTakenBackAtStart() {
    String group = StaffGroup.HEMTJANSTUTFORARE.id();
    new Grants(authorizationService()).grant(group, Resources.USER, ANY, Permissions.READ);
    assertThat(driver().rest().get(staff(StaffGroup.HEMTJANSTUTFORARE), "/engine-rest/user/count")
        .json().path("count").asLong()).isGreaterThan(1);

    authorizationSetup().apply();
    authorizationSetup().apply();

    assertThat(authorizationService().createAuthorizationQuery().groupIdIn(group).resourceType(Resources.USER)
        .resourceId(ANY).count()).isZero();
    assertThat(driver().rest().get(staff(StaffGroup.HEMTJANSTUTFORARE), "/engine-rest/user/count")
        .json().path("count").asLong()).isEqualTo(1);
  }

  @Test
  default void onlyAdministratorsTestPasswords() {
    guessedAccount();
    Map<String, String> guess = Map.of("username", GUESSED, "password", PASSWORD);
    EngineRestClient rest = driver().rest();

    Reply staff = rest.post(staff(StaffGroup.HEMTJANSTUTFORARE), "/engine-rest/identity/verify", guess);
    assertThat(staff.code()).isEqualTo(403);
    assertThat(staff.json().path("type").asText()).isEqualTo("Forbidden");
    assertThat(staff.message()).isEqualTo("Endast administratörer får pröva ett lösenord");
    assertThat(rest.post(staff(StaffGroup.HEMTJANSTUTFORARE), "/engine-rest/engine/default/identity/verify", guess)
        .code()).isEqualTo(403);

    Reply administrator = rest.post(admin(), "/engine-rest/identity/verify", guess);
    assertThat(administrator.code()).isEqualTo(200);
    assertThat(administrator.json().path("authenticated").asBoolean()).isTrue();
  }

  @Test
  default void bothApisAnswerWithTheSecurityHeadersEvenARefusal() {
    Credentials staff = staff(StaffGroup.HEMTJANSTUTFORARE);
    EngineRestClient rest = driver().rest();
    List<Reply> replies = List.of(
        rest.get(staff, "/engine-rest/task"),
        rest.get(null, "/engine-rest/task"),
        rest.post(staff, "/engine-rest/identity/verify", Map.of("username", "x", "password", "y")),
        rest.post(staff, "/api/brukare/sok", Map.of("personnummer", "194001011230")),
        rest.get(null, "/api/brukare/1"),
        rest.get(staff, "/api/finns-inte"));
    for (Reply reply : replies) {
      assertThat(reply.headers().getFirst("X-Content-Type-Options")).as(reply.status().toString()).isEqualTo("nosniff");
      assertThat(reply.headers().getFirst("Cache-Control")).as(reply.status().toString()).isEqualTo("no-store");
    }
  }

  /** The colleague's account, there and not waiting. */
  private Credentials guessedAccount() {
    EngineRestClient rest = driver().rest();
    if (rest.get(admin(), "/engine-rest/user/count?id=" + GUESSED).json().path("count").asLong() == 0) {
      assertThat(rest.post(admin(), "/engine-rest/user/create", Map.of(
          "profile", Map.of("id", GUESSED, "firstName", "Gissad", "lastName", "Kollega"),
          "credentials", Map.of("password", PASSWORD))).code()).isEqualTo(204);
      assertThat(rest.put(admin(), "/engine-rest/group/" + StaffGroup.HEMTJANSTUTFORARE.id() + "/members/" + GUESSED,
          null).code()).isEqualTo(204);
    }
    Credentials right = new Credentials(GUESSED, PASSWORD);
    locks().letTheDelayPass(GUESSED);
    assertThat(rest.get(right, PROFILE).code()).isEqualTo(200);
    return right;
  }

  private static List<String> userIds(Reply reply) {
    assertThat(reply.code()).isEqualTo(200);
    return userIds(reply.json());
  }

  private static List<String> userIds(JsonNode users) {
    List<String> ids = new ArrayList<>();
    users.forEach(user -> ids.add(user.path("id").asText()));
    return ids;
  }
}
