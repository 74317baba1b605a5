package se.digitalalas.routine.byteavutforare;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.Mockito.*;
import static se.digitalalas.process.variables.Contract.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.utforare.UtforareRegistry;

class UtforareChangeRequestTest {

  private static final long ID = 7L;

  private final UtforareRegistry utforare = mock(UtforareRegistry.class);
  private final UtforareChangeRequest request = new UtforareChangeRequest(utforare);

  @Test
  void twoDifferentProvidersAreTakenTrimmed() {
    when(utforare.current(ID)).thenReturn(Optional.empty());
    DelegateExecution execution = requested("  Hemtjänst Norra ", "Omsorg Söder");

    request.notify(execution);

    assertThat(execution.getVariable(TIDIGARE_UTFORARE.name())).isEqualTo("Hemtjänst Norra");
    assertThat(execution.getVariable(NY_UTFORARE.name())).isEqualTo("Omsorg Söder");
  }

  @Test
  void thePreviousProviderMayBeTheOneTheRegistryHasWrittenOtherwise() {
    when(utforare.current(ID)).thenReturn(Optional.of("HEMTJÄNST NORRA"));

    assertThatCode(() -> request.notify(requested("Hemtjänst Norra", "Omsorg Söder"))).doesNotThrowAnyException();
  }

  @Test
  void aPreviousProviderOtherThanTheRegisteredOneIsRefused() {
    when(utforare.current(ID)).thenReturn(Optional.of("Omsorg Väster"));

    assertThatThrownBy(() -> request.notify(requested("Hemtjänst Norra", "Omsorg Söder")))
        .isInstanceOf(Refusal.class)
        .hasMessage("Tidigare utförare: brukarens utförare i registret är Omsorg Väster");
  }

  @Test
  void theSameProviderTwiceIsNoChange() {
    assertThatThrownBy(() -> request.notify(requested("Hemtjänst Norra", "hemtjänst norra ")))
        .isInstanceOf(Refusal.class)
        .hasMessage("Ny utförare: ange en annan utförare än den tidigare");
    verifyNoInteractions(utforare);
  }

  @Test
  void bothProvidersMustBeNamed() {
    assertThatThrownBy(() -> request.notify(requested(null, "Omsorg Söder")))
        .isInstanceOf(Refusal.class)
        .hasMessage("Tidigare utförare saknas: ange utföraren som brukaren har haft");
    assertThatThrownBy(() -> request.notify(requested("Hemtjänst Norra", "  ")))
        .isInstanceOf(Refusal.class)
        .hasMessage("Ny utförare saknas: ange utföraren som tar över");
  }

  @Test
  void aProviderLongerThanTheRegistryKeepsIsRefusedByName() {
    assertThatThrownBy(() -> request.notify(requested("Hemtjänst Norra", "x".repeat(201))))
        .isInstanceOf(Refusal.class)
        .hasMessage("Ogiltigt värde för ny utförare: högst 200 tecken");
  }

  private static DelegateExecution requested(String tidigare, String ny) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(BRUKARE_ID.name(), ID);
    variables.put(TIDIGARE_UTFORARE.name(), tidigare);
    variables.put(NY_UTFORARE.name(), ny);
    return VariableScopes.execution(variables);
  }
}
