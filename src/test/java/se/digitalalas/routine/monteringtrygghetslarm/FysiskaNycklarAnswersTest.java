package se.digitalalas.routine.monteringtrygghetslarm;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.refusal.Refusal;

class FysiskaNycklarAnswersTest {

  private final FysiskaNycklarAnswers delegate = new FysiskaNycklarAnswers();

  @Test
  void keysWithTheirNumberAndTheKodlasAnsweredAreAccepted() {
    assertThatCode(() -> delegate.execute(VariableScopes.execution(answers()))).doesNotThrowAnyException();
  }

  @Test
  void aKodlasStillNeedsTheKeysFirst() {
    Map<String, Object> answers = answers();
    answers.put(HAR_KODLAS.name(), true);

    assertThatCode(() -> delegate.execute(VariableScopes.execution(answers))).doesNotThrowAnyException();
  }

  @Test
  void noKeysYetIsRefusedSoTheTaskStaysUntilTheyExist() {
    Map<String, Object> answers = answers();
    answers.put(FYSISKA_NYCKLAR_FINNS.name(), false);

    assertThatThrownBy(() -> delegate.execute(VariableScopes.execution(answers)))
        .isInstanceOf(Refusal.class)
        .hasMessageStartingWith("Fysiska nycklar till brukaren måste finnas hos larmgruppen");
  }

  @Test
  void anAbsentKeyCheckpointIsNotConfirmed() {
    Map<String, Object> answers = answers();
    answers.remove(FYSISKA_NYCKLAR_FINNS.name());

    assertThatThrownBy(() -> delegate.execute(VariableScopes.execution(answers)))
        .isInstanceOf(Refusal.class)
        .hasMessage(FysiskaNycklarAnswers.NO_KEYS);
  }

  @Test
  void keysWithoutNyckelnummerAreRefused() {
    Map<String, Object> answers = answers();
    answers.put(NYCKELNUMMER.name(), "  ");

    assertThatThrownBy(() -> delegate.execute(VariableScopes.execution(answers)))
        .isInstanceOf(Refusal.class)
        .hasMessage("Ange nyckelnummer för larmgruppens fysiska nycklar");
  }

  @Test
  void theKodlasQuestionMustBeAnswered() {
    Map<String, Object> answers = answers();
    answers.remove(HAR_KODLAS.name());

    assertThatThrownBy(() -> delegate.execute(VariableScopes.execution(answers)))
        .isInstanceOf(Refusal.class)
        .hasMessageStartingWith("Besvara alla kontrollpunkter. Saknar svar: ");
  }

  private static Map<String, Object> answers() {
    Map<String, Object> answers = new HashMap<>();
    answers.put(FYSISKA_NYCKLAR_FINNS.name(), true);
    answers.put(NYCKELNUMMER.name(), "L-12");
    answers.put(HAR_KODLAS.name(), false);
    return answers;
  }
}
