package se.digitalalas.process.steps;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.refusal.Refusal;

/** checkpointCheck, as after Task_KontrolleraFrankoppling (las-nedmontering). */
class CheckpointCheckTest {

  private static final String FRANKOPPLING = "nyckelnummerFrankopplatIAxsor,serienummerFrankopplatIPhoniro";

  private final CheckpointCheck check = new CheckpointCheck();

  @Test
  void everyCheckpointConfirmedPasses() {
    assertThatNoException().isThrownBy(() -> check.execute(answered(FRANKOPPLING, true, true)));
    assertThatNoException().isThrownBy(() -> check.execute(answered(FRANKOPPLING, "true", "true")));
  }

  @Test
  void theRefusalNamesEveryCheckpointNotConfirmed() {
    assertThatThrownBy(() -> check.execute(answered(FRANKOPPLING, null, null)))
        .isInstanceOf(Refusal.class)
        .hasMessage("Bekräfta alla kontrollpunkter innan uppgiften slutförs: "
            + "nyckelnumret frånkopplat i Axsor, serienumret frånkopplat i Phoniro");
    assertThatThrownBy(() -> check.execute(answered(FRANKOPPLING, true, false)))
        .isInstanceOf(Refusal.class)
        .hasMessage("Bekräfta alla kontrollpunkter innan uppgiften slutförs: serienumret frånkopplat i Phoniro");
  }

  @Test
  void aValueThatIsNeitherYesNorNoIsRefusedNamingTheCheckpoint() {
    assertThatThrownBy(() -> check.execute(answered(FRANKOPPLING, "ja", true)))
        .isInstanceOf(Refusal.class)
        .hasMessage("Ogiltigt värde för nyckelnumret frånkopplat i Axsor: ange ja eller nej");
  }

  @Test
  void spacesAroundTheNamesAreAllowed() {
    String spaced = " nyckelnummerFrankopplatIAxsor , serienummerFrankopplatIPhoniro ";

    assertThatNoException().isThrownBy(() -> check.execute(answered(spaced, true, true)));
    assertThatThrownBy(() -> check.execute(answered(spaced, true, null))).isInstanceOf(Refusal.class);
  }

  @Test
  void aModelWithoutKontrollpunkterIsAModellingError() {
    for (String names : new String[] {null, " "}) {
      assertThatThrownBy(() -> check.execute(answered(names, true, true)))
          .isInstanceOf(IllegalStateException.class).isNotInstanceOf(Refusal.class)
          .hasMessageContaining("kontrollpunkter");
    }
  }

  @Test
  void aNameOutsideTheContractIsAModellingError() {
    assertThatThrownBy(() -> check.execute(answered("nyckelnummerFrankopplatIAxsor,frankopplat", true, true)))
        .isInstanceOf(IllegalStateException.class).isNotInstanceOf(Refusal.class)
        .hasMessage("kontrollpunkter names frankopplat, not a contract variable");
  }

  @Test
  void aContractVariableThatIsNoCheckpointIsAModellingError() {
    assertThatThrownBy(() -> check.execute(answered("nyckelnummer", true, true)))
        .isInstanceOf(IllegalStateException.class).isNotInstanceOf(Refusal.class)
        .hasMessage("kontrollpunkter names nyckelnummer, not a checkpoint");
  }

  private static DelegateExecution answered(String kontrollpunkter, Object axsor, Object phoniro) {
    Map<String, Object> variables = new HashMap<>();
    if (kontrollpunkter != null) {
      variables.put(CheckpointCheck.KONTROLLPUNKTER, kontrollpunkter);
    }
    if (axsor != null) {
      variables.put(NYCKELNUMMER_FRANKOPPLAT_I_AXSOR.name(), axsor);
    }
    if (phoniro != null) {
      variables.put(SERIENUMMER_FRANKOPPLAT_I_PHONIRO.name(), phoniro);
    }
    return VariableScopes.execution(variables);
  }
}
