package se.digitalalas.routine.monteringbistandsbedomd;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import se.digitalalas.registry.brukare.BrukareRegistrar;
import se.digitalalas.registry.brukare.BrukareRegistration;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.refusal.Refusal;

class OrderIntakeTest {

  private final RuntimeService runtimeService = mock(RuntimeService.class);
  private final ProcessInstanceQuery query = mock(ProcessInstanceQuery.class);
  private final BrukareRegistrar registrar = mock(BrukareRegistrar.class);
  private final OrderIntake intake = new OrderIntake(runtimeService, registrar, MonteringFixtures.CLOCK);

  @BeforeEach
  void noRunningMontering() {
    when(runtimeService.createProcessInstanceQuery()).thenReturn(query);
    when(query.processDefinitionKey("montering-bistandsbedomd")).thenReturn(query);
    when(query.processInstanceBusinessKey("194403052386")).thenReturn(query);
    when(query.list()).thenReturn(List.of());
    when(registrar.register(any())).thenReturn(7L);
  }

  @Test
  void registersTheBrukareAndSetsIdBusinessKeyAndDefaults() {
    DelegateExecution execution = execution(order());

    intake.notify(execution);

    ArgumentCaptor<BrukareRegistration> registration = ArgumentCaptor.forClass(BrukareRegistration.class);
    verify(registrar).register(registration.capture());
    assertThat(registration.getValue()).satisfies(r -> {
      assertThat(r.personnummer().value()).isEqualTo("194403052386");
      assertThat(r.name()).isEqualTo("Astrid Andersson");
      assertThat(r.address().street()).isEqualTo("Storgatan 1");
      assertThat(r.address().postalCode()).isEqualTo("12345");
      assertThat(r.portkod()).isEqualTo("1234");
      assertThat(r.insatsHemtjanst()).isTrue();
      assertThat(r.insatsTrygghetslarm()).isFalse();
      assertThat(r.beslutsdatum()).isEqualTo(LocalDate.of(2026, 11, 22));
    });
    assertThat(execution.getVariable("personnummer")).isEqualTo("194403052386");
    assertThat(execution.getVariable("brukareId")).isEqualTo(7L);
    assertThat(execution.getVariable("insatsTrygghetslarm")).isEqualTo(false);
    verify(execution).setProcessBusinessKey("194403052386");
  }

  @Test
  void beslutsdatumMayComeAsADateOverRest() {
    Map<String, Object> order = order();
    order.put("beslutsdatum", Date.from(LocalDate.of(2026, 11, 22).atStartOfDay(MonteringFixtures.ZONE).toInstant()));

    intake.notify(execution(order));

    ArgumentCaptor<BrukareRegistration> registration = ArgumentCaptor.forClass(BrukareRegistration.class);
    verify(registrar).register(registration.capture());
    assertThat(registration.getValue().beslutsdatum()).isEqualTo(LocalDate.of(2026, 11, 22));
  }

  @Test
  void malformedPersonnummerIsRefused() {
    Map<String, Object> order = order();
    order.put("personnummer", "440305-2387");

    assertThatThrownBy(() -> intake.notify(execution(order)))
        .isInstanceOf(Refusal.class).hasMessageStartingWith("Ogiltigt personnummer: ");
    verifyNoInteractions(registrar);
  }

  @Test
  void namnAndAdressAreRequired() {
    Map<String, Object> withoutName = order();
    withoutName.remove("namn");
    Map<String, Object> withoutAddress = order();
    withoutAddress.put("adress", " ");

    assertThatThrownBy(() -> intake.notify(execution(withoutName))).hasMessage("Namn saknas");
    assertThatThrownBy(() -> intake.notify(execution(withoutAddress))).hasMessage("Adress saknas");
    verifyNoInteractions(registrar);
  }

  @Test
  void aSecondRunningMonteringIsRefused() {
    ProcessInstance running = mock(ProcessInstance.class);
    when(running.getId()).thenReturn("other");
    when(query.list()).thenReturn(List.of(running));

    assertThatThrownBy(() -> intake.notify(execution(order())))
        .isInstanceOf(Refusal.class)
        .hasMessage("Det finns redan en pågående montering för brukaren");
    verifyNoInteractions(registrar);
  }

  @Test
  void theInstanceBeingStartedIsNotADuplicate() {
    ProcessInstance itself = mock(ProcessInstance.class);
    when(itself.getId()).thenReturn("this");
    when(query.list()).thenReturn(List.of(itself));

    intake.notify(execution(order()));

    verify(registrar).register(any());
  }

  private static DelegateExecution execution(Map<String, Object> variables) {
    DelegateExecution execution = VariableScopes.execution(variables);
    when(execution.getProcessInstanceId()).thenReturn("this");
    return execution;
  }

  private static Map<String, Object> order() {
    Map<String, Object> order = new HashMap<>();
    order.put("personnummer", "440305-2386");
    order.put("namn", "Astrid Andersson");
    order.put("adress", "Storgatan 1");
    order.put("postnummer", "123 45");
    order.put("ort", "Storstad");
    order.put("telefon", "070-1234567");
    order.put("portkod", "1234");
    order.put("insatsHemtjanst", true);
    order.put("beslutsdatum", "2026-11-22");
    return order;
  }
}
