package se.digitalalas.access;

import static org.assertj.core.api.Assertions.*;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AccessRuleTest {

  @ParameterizedTest(name = "{0}, work on the brukare {1}: allowed {2}, door details {3}")
  @CsvSource({
      "bistandshandlaggare, false, false, false",
      "bistandshandlaggare, true,  true,  false",
      "kommunvagledare,     false, false, false",
      "kommunvagledare,     true,  true,  false",
      "hemtjanstutforare,   false, false, false",
      "hemtjanstutforare,   true,  true,  true",
      "larmhandlaggare,     false, true,  true",
      "montor,              false, false, false",
      "montor,              true,  true,  true",
      "koordinator,         false, false, false",
      "koordinator,         true,  true,  true",
      "hv-hsl-personal,     false, false, false",
      "hv-hsl-personal,     true,  true,  true",
      "systemforvaltare,    false, true,  false",
      "valfardsteknik,      false, true,  false",
      "verksamhet,          false, false, false",
      "verksamhet,          true,  true,  false",
      "enhetschef,          false, true,  false",
      "tunstall,            false, false, false"})
  void eachGroup(String group, boolean work, boolean allowed, boolean door) {
    AccessDecision decision = AccessRule.decide(new Staff("u", List.of(group), false), () -> work);

    assertThat(decision.allowed()).isEqualTo(allowed);
    assertThat(decision.seesDoorDetails()).isEqualTo(door);
  }

  @Test
  void anAdministratorReadsAllWithTheDoorDetailsAndNoTaskIsLookedFor() {
    AtomicBoolean asked = new AtomicBoolean();

    AccessDecision decision = AccessRule.decide(new Staff("anna", List.of("camunda-admin"), true),
        () -> asked.getAndSet(true));

    assertThat(decision).isEqualTo(new AccessDecision(true, true, "administratör"));
    assertThat(asked).isFalse();
  }

  @Test
  void aGroupAcrossAllBrukareNeedsNoTaskAndAnyDoorGroupOfTheSameUserShowsTheDoor() {
    AtomicBoolean asked = new AtomicBoolean();

    AccessDecision decision = AccessRule.decide(new Staff("x", List.of("enhetschef", "montor"), false),
        () -> asked.getAndSet(true));

    assertThat(decision.allowed()).isTrue();
    assertThat(decision.seesDoorDetails()).isTrue();
    assertThat(asked).isFalse();
  }

  @Test
  void noGroupsNoWorkNoAccess() {
    assertThat(AccessRule.decide(new Staff("x", List.of(), false), () -> false))
        .isEqualTo(new AccessDecision(false, false, "ingen uppgift för brukaren"));
  }

  @Test
  void onlyTheEnhetschefAndAdministratorsReviewTheLog() {
    assertThat(AccessRule.reviewsTheLog(new Staff("eva", List.of("enhetschef"), false))).isTrue();
    assertThat(AccessRule.reviewsTheLog(new Staff("anna", List.of("camunda-admin"), true))).isTrue();
    assertThat(AccessRule.reviewsTheLog(new Staff("lars", List.of("larmhandlaggare"), false))).isFalse();
    assertThat(AccessRule.reviewsTheLog(new Staff("sven", List.of("systemforvaltare"), false))).isFalse();
  }
}
