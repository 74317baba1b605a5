package se.digitalalas.routine.nedmonteringtrygghetslarm;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.Mockito.*;
import static se.digitalalas.process.variables.Contract.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;

class HemtjanstAnswerTest {

  private static final long ID = 7L;

  private final BrukareRegistry brukare = mock(BrukareRegistry.class);
  private final HemtjanstAnswer check = new HemtjanstAnswer(brukare);

  @Test
  void noHemtjanstLeftIsTakenWhenTheRegistryAgrees() throws Exception {
    when(brukare.require(ID)).thenReturn(registered(false));

    assertThatCode(() -> check.execute(answered(false))).doesNotThrowAnyException();
  }

  @Test
  void noHemtjanstLeftIsRefusedWhileTheRegistryHasHemtjanstOpen() {
    when(brukare.require(ID)).thenReturn(registered(true));

    assertThatThrownBy(() -> check.execute(answered(false)))
        .isInstanceOf(Refusal.class)
        .hasMessage(HemtjanstAnswer.HEMTJANST_OPEN);
  }

  @Test
  void hemtjanstRemainingIsTakenWhateverTheRegistrySays() throws Exception {
    when(brukare.require(ID)).thenReturn(registered(false));

    assertThatCode(() -> check.execute(answered(true))).doesNotThrowAnyException();
    verifyNoInteractions(brukare);
  }

  @Test
  void anUnansweredQuestionIsRefusedByName() {
    Map<String, Object> variables = new HashMap<>(Map.of(BRUKARE_ID.name(), ID));

    assertThatThrownBy(() -> check.execute(VariableScopes.execution(variables)))
        .isInstanceOf(Refusal.class)
        .hasMessage("Fyll i alla uppgifter innan uppgiften slutförs. Saknas: " + HEMTJANST_KVARSTAR.label());
  }

  private static DelegateExecution answered(boolean kvarstar) {
    return VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID, HEMTJANST_KVARSTAR.name(), kvarstar));
  }

  private static Brukare registered(boolean hemtjanst) {
    return new Brukare(ID, "194403052386", "Astrid Andersson", null, 3L, "Norra", null, hemtjanst, true,
        LocalDate.of(2020, 5, 4), null, null, null, null);
  }
}
