package se.digitalalas.process.steps;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.refusal.Refusal;

class CheckpointsTest {

  @Test
  void everyUnconfirmedCheckpointIsNamedInTheRefusal() {
    assertThatThrownBy(() -> Checkpoints.requireConfirmed(
        VariableScopes.execution(Map.of(ARBETET_UTFORT.name(), true, LAS_KOPPLAT_TILL_BRUKARE.name(), false)),
        "Bekräfta kontrollpunkterna", LAS_KOPPLAT_TILL_BRUKARE, LASVRED_MARKT_MED_NYCKELNUMMER, ARBETET_UTFORT))
        .isInstanceOf(Refusal.class)
        .hasMessage("Bekräfta kontrollpunkterna: låset kopplat till brukaren, låsvredet märkt med nyckelnumret");
  }

  @Test
  void allConfirmedPasses() {
    assertThatCode(() -> Checkpoints.requireConfirmed(
        VariableScopes.execution(Map.of(ARBETET_UTFORT.name(), true)), "Bekräfta", ARBETET_UTFORT))
        .doesNotThrowAnyException();
  }

  @Test
  void aQuestionAnsweredNoIsAnswered() {
    assertThatCode(() -> Checkpoints.requireAnswered(
        VariableScopes.execution(Map.of(HAR_KODLAS.name(), false)), "Besvara", HAR_KODLAS))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> Checkpoints.requireAnswered(VariableScopes.execution(Map.of()), "Besvara", HAR_KODLAS))
        .hasMessage("Besvara: kodlås på ytterdörren");
  }
}
