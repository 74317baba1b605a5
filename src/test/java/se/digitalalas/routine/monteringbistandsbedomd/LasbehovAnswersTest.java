package se.digitalalas.routine.monteringbistandsbedomd;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.refusal.Refusal;

class LasbehovAnswersTest {

  private final LasbehovAnswers delegate = new LasbehovAnswers();

  @Test
  void allCheckpointsAnsweredIsAccepted() {
    assertThatCode(() -> delegate.execute(VariableScopes.execution(answers())))
        .doesNotThrowAnyException();
  }

  @Test
  void aMissingCheckpointIsRefused() {
    Map<String, Object> answers = answers();
    answers.remove(OPPNAR_SJALV.name());
    answers.remove(VILL_INTE_HA_LAS.name());

    assertThatThrownBy(() -> delegate.execute(VariableScopes.execution(answers)))
        .isInstanceOf(Refusal.class)
        .hasMessage("Besvara alla kontrollpunkter. Saknar svar: öppnar dörren själv, "
            + "vill inte ha digitalt lås");
  }

  @Test
  void keysWithoutNyckelnummerAreRefused() {
    Map<String, Object> answers = answers();
    answers.remove(NYCKELNUMMER.name());

    assertThatThrownBy(() -> delegate.execute(VariableScopes.execution(answers)))
        .isInstanceOf(Refusal.class)
        .hasMessage("Ange nyckelnummer när fysiska nycklar finns");
  }

  @Test
  void noKeysNeedNoNyckelnummer() {
    Map<String, Object> answers = answers();
    answers.remove(NYCKELNUMMER.name());
    answers.put(FYSISKA_NYCKLAR_FINNS.name(), false);

    assertThatCode(() -> delegate.execute(VariableScopes.execution(answers))).doesNotThrowAnyException();
  }

  private static Map<String, Object> answers() {
    Map<String, Object> answers = new HashMap<>();
    answers.put(HAR_KODLAS.name(), false);
    answers.put(FYSISKA_NYCKLAR_FINNS.name(), true);
    answers.put(OPPNAR_SJALV.name(), false);
    answers.put(VILL_INTE_HA_LAS.name(), false);
    answers.put(NYCKELNUMMER.name(), "H-12");
    return answers;
  }
}
