package se.digitalalas.process.steps;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.refusal.Refusal;

class AnswerCheckTest {

  private final AnswerCheck check = new AnswerCheck();

  @Test
  void everyNamedAnswerGivenPasses() {
    assertThatCode(() -> check.execute(VariableScopes.execution(Map.of(
        "obligatoriska", "installeraLas, bokadTid, serienummer",
        INSTALLERA_LAS.name(), false,
        BOKAD_TID.name(), "2026-12-01T09:30",
        SERIENUMMER.name(), "PH-1")))).doesNotThrowAnyException();
  }

  @Test
  void everyMissingAnswerIsNamedInSwedish() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("obligatoriska", "installeraLas,bokadTid,serienummer");
    variables.put(SERIENUMMER.name(), "  ");

    assertThatThrownBy(() -> check.execute(VariableScopes.execution(variables)))
        .isInstanceOf(Refusal.class)
        .hasMessage("Fyll i alla uppgifter innan uppgiften slutförs. Saknas: installera digitalt lås, "
            + "bokad tid, serienummer");
  }

  @Test
  void anUnreadableDateIsRefusedNamingTheField() {
    assertThatThrownBy(() -> check.execute(VariableScopes.execution(Map.of(
        "obligatoriska", "bokadTid", BOKAD_TID.name(), "20/11/2026"))))
        .isInstanceOf(Refusal.class).hasMessageContaining("bokad tid");
  }

  @Test
  void aModelThatNamesNoContractVariableIsWrong() {
    assertThatThrownBy(() -> check.execute(VariableScopes.execution(Map.of("obligatoriska", "okand"))))
        .isInstanceOf(IllegalStateException.class).isNotInstanceOf(Refusal.class);
    assertThatThrownBy(() -> check.execute(VariableScopes.execution(Map.of())))
        .isInstanceOf(IllegalStateException.class);
  }
}
