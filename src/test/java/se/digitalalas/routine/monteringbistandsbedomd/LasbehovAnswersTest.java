package se.digitalalas.routine.monteringbistandsbedomd;

import static org.assertj.core.api.Assertions.*;

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
    answers.remove("oppnarSjalv");
    answers.remove("villInteHaLas");

    assertThatThrownBy(() -> delegate.execute(VariableScopes.execution(answers)))
        .isInstanceOf(Refusal.class)
        .hasMessage("Besvara alla kontrollpunkter. Saknar svar: öppnar dörren själv, "
            + "vill inte ha digitalt lås");
  }

  @Test
  void keysWithoutNyckelnummerAreRefused() {
    Map<String, Object> answers = answers();
    answers.remove("nyckelnummer");

    assertThatThrownBy(() -> delegate.execute(VariableScopes.execution(answers)))
        .isInstanceOf(Refusal.class)
        .hasMessage("Ange nyckelnummer när fysiska nycklar finns");
  }

  @Test
  void noKeysNeedNoNyckelnummer() {
    Map<String, Object> answers = answers();
    answers.remove("nyckelnummer");
    answers.put("fysiskaNycklarFinns", false);

    assertThatCode(() -> delegate.execute(VariableScopes.execution(answers))).doesNotThrowAnyException();
  }

  private static Map<String, Object> answers() {
    Map<String, Object> answers = new HashMap<>();
    answers.put("harKodlas", false);
    answers.put("fysiskaNycklarFinns", true);
    answers.put("oppnarSjalv", false);
    answers.put("villInteHaLas", false);
    answers.put("nyckelnummer", "H-12");
    return answers;
  }
}
