package se.digitalalas.security;

import static org.assertj.core.api.Assertions.*;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import se.digitalalas.testsupport.EngineRestClient;
import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * Basic authentication remembers a sign-in for a few seconds (RecentSignIns, README "Cheaper
 * requests"): what an administrator changes about an account takes effect within that time, a
 * wrong password at once. Each test measures how long the change took to show, over real HTTP.
 */
interface SignInChangesWalkthrough extends ServiceUnderTest {

  /** digitalalas.authentication.remembered-for in application.yml. */
  Duration REMEMBERED_FOR = Duration.ofSeconds(5);
  /** The request that shows the change, and the poll between two of them. */
  Duration SLACK = Duration.ofSeconds(1);
  String PASSWORD = "fore-andringen";
  String CHECK = "/engine-rest/user/%s/profile";
  AtomicInteger ACCOUNTS = new AtomicInteger();

  @Test
  default void aPasswordChangedByTheAdministratorEndsTheOldOneWithinSeconds() {
    Credentials old = signedIn("losenord");
    EngineRestClient rest = driver().rest();
    assertThat(rest.put(admin(), "/engine-rest/user/" + old.userId() + "/credentials",
        Map.of("password", "efter-andringen", "authenticatedUserPassword", admin().password())).code()).isEqualTo(204);

    takesEffectWithinSeconds("changed password", () -> rest.get(old, profile(old)).code() == 401);
    // the old password, refused, counted as a wrong one: the new one waits out the login delay
    new LoginLocks(bean(ProcessEngine.class)).letTheDelayPass(old.userId());
    assertThat(rest.get(new Credentials(old.userId(), "efter-andringen"), profile(old)).code()).isEqualTo(200);
  }

  @Test
  default void aDeletedUserIsRefusedWithinSeconds() {
    Credentials user = signedIn("borttagen");
    EngineRestClient rest = driver().rest();
    assertThat(rest.delete(admin(), "/engine-rest/user/" + user.userId()).code()).isEqualTo(204);

    takesEffectWithinSeconds("deleted user", () -> rest.get(user, "/engine-rest/task/count").code() == 401);
  }

  @Test
  default void aMembershipTakenAwayEndsTheGroupsRightsWithinSeconds() {
    Credentials user = signedIn("utgangen");
    EngineRestClient rest = driver().rest();
    long asMember = filters(user);
    assertThat(asMember).as("the group's Tasklist filters").isPositive();
    assertThat(rest.delete(admin(), "/engine-rest/group/" + StaffGroup.HEMTJANSTUTFORARE.id() + "/members/"
        + user.userId()).code()).isEqualTo(204);

    takesEffectWithinSeconds("membership removed", () -> filters(user) == 0);
  }

  @Test
  default void aWrongPasswordMakesTheRightOneWaitAtOnce() {
    Credentials user = signedIn("lasas");
    EngineRestClient rest = driver().rest();
    assertThat(rest.get(new Credentials(user.userId(), "fel"), profile(user)).code()).isEqualTo(401);

    assertThat(rest.get(user, profile(user)).code()).as("the right password during the login delay").isEqualTo(401);
    new LoginLocks(bean(ProcessEngine.class)).letTheDelayPass(user.userId());
    assertThat(rest.get(user, profile(user)).code()).isEqualTo(200);
  }

  /** A new hemtjänstutförare, signed in once so that the sign-in is remembered. */
  private Credentials signedIn(String name) {
    EngineRestClient rest = driver().rest();
    String userId = "inloggning" + name + ACCOUNTS.incrementAndGet() + System.nanoTime() % 100_000;
    assertThat(rest.post(admin(), "/engine-rest/user/create", Map.of(
        "profile", Map.of("id", userId, "firstName", "Tillfällig", "lastName", "Kollega"),
        "credentials", Map.of("password", PASSWORD))).code()).isEqualTo(204);
    assertThat(rest.put(admin(), "/engine-rest/group/" + StaffGroup.HEMTJANSTUTFORARE.id() + "/members/" + userId,
        null).code()).isEqualTo(204);
    Credentials user = new Credentials(userId, PASSWORD);
    assertThat(rest.get(user, profile(user)).code()).isEqualTo(200);
    return user;
  }

  private long filters(Credentials user) {
    return driver().rest().get(user, "/engine-rest/filter/count").json().path("count").asLong();
  }

  private static String profile(Credentials user) {
    return CHECK.formatted(user.userId());
  }

  /** Polls until the change shows, at most twice the time allowed; prints how long it took. */
  private static void takesEffectWithinSeconds(String change, BooleanSupplier shows) {
    long start = System.nanoTime();
    await().atMost(REMEMBERED_FOR.plus(SLACK).multipliedBy(2)).pollInterval(Duration.ofMillis(100))
        .until(shows::getAsBoolean);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.printf("[sign-in changes] %s took effect after %d ms%n", change, took.toMillis());
    assertThat(took).as(change).isLessThanOrEqualTo(REMEMBERED_FOR.plus(SLACK));
  }
}
