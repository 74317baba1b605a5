package se.digitalalas.process.steps;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.Mockito.*;
import static se.digitalalas.process.variables.Contract.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.BrukareRegistrar;
import se.digitalalas.registry.brukare.BrukareRegistration;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.casereference.CaseReference;
import se.digitalalas.registry.casereference.CaseReferences;
import se.digitalalas.registry.brukare.Registered;
import se.digitalalas.registry.brukare.Registered.Change;
import se.digitalalas.registry.note.NoteRegistry;

class BrukareIntakeTest {

  private final BrukareRegistrar registrar = mock(BrukareRegistrar.class);
  private final NoteRegistry notes = mock(NoteRegistry.class);
  private final ProcessDefinitions definitions = mock(ProcessDefinitions.class);
  private final BrukareRegistry brukare = mock(BrukareRegistry.class);
  private final BrukareAccess access = mock(BrukareAccess.class);
  private final CaseReferences references = mock(CaseReferences.class);
  private final BrukareIntake intake = new BrukareIntake(registrar, brukare, notes, definitions, references,
      StepFixtures.CLOCK, access);

  @BeforeEach
  void registrarGivesAnId() {
    when(registrar.registerOrder(any())).thenReturn(registered(List.of(), Change.NEW));
    when(definitions.name(any())).thenReturn("Montering av digitalt lås – biståndsbedömda insatser");
    when(references.next()).thenReturn(new CaseReference("DL-2026-000042"));
  }

  @Test
  void registersTheBrukareAndSetsIdBusinessKeyAndDefaults() {
    DelegateExecution execution = execution(order());

    intake.notify(execution);

    ArgumentCaptor<BrukareRegistration> registration = ArgumentCaptor.forClass(BrukareRegistration.class);
    verify(registrar).registerOrder(registration.capture());
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
    assertThat(execution.getVariable(PERSONNUMMER.name())).isEqualTo("194403052386");
    assertThat(execution.getVariable(BRUKARE_ID.name())).isEqualTo(7L);
    assertThat(execution.getVariable(INSATS_TRYGGHETSLARM.name())).isEqualTo(false);
    verify(execution).setProcessBusinessKey("DL-2026-000042");
    verifyNoInteractions(notes);
    verify(access).changed(StepFixtures.BRUKARE_ID, "Registrerade brukaren", AccessChannel.DELEGATE);
    verifyNoMoreInteractions(access);
  }

  @Test
  void anOrderThatChangesARegisteredBrukareIsLoggedAsAnUpdate() {
    when(registrar.registerOrder(any())).thenReturn(registered(List.of(), Change.UPDATED));

    intake.notify(execution(order()));

    verify(access).changed(StepFixtures.BRUKARE_ID, "Uppdaterade brukarens uppgifter", AccessChannel.DELEGATE);
    verifyNoMoreInteractions(access);
  }

  @Test
  void anOrderThatRepeatsTheRegistryChangesNothingAndLogsNothing() {
    when(registrar.registerOrder(any())).thenReturn(registered(List.of(), Change.UNCHANGED));

    intake.notify(execution(order()));

    verifyNoInteractions(access);
  }

  @Test
  void aRoutineThatIsTheRequestForTrygghetslarmBringsOnlyThatInsatsForANewBrukare() {
    when(definitions.property(any(), eq("insats"))).thenReturn(Optional.of("TRYGGHETSLARM"));
    when(brukare.findByPersonnummer(any())).thenReturn(Optional.empty());
    Map<String, Object> request = order();
    request.remove(INSATS_HEMTJANST.name());
    request.remove(BESLUTSDATUM.name());
    DelegateExecution execution = execution(request);

    intake.notify(execution);

    ArgumentCaptor<BrukareRegistration> registration = ArgumentCaptor.forClass(BrukareRegistration.class);
    verify(registrar).registerOrder(registration.capture());
    assertThat(registration.getValue().insatsTrygghetslarm()).isTrue();
    assertThat(registration.getValue().insatsHemtjanst()).isFalse();
    assertThat(registration.getValue().beslutsdatum()).isNull();
    assertThat(execution.getVariable(INSATS_TRYGGHETSLARM.name())).isEqualTo(true);
    assertThat(execution.getVariable(INSATS_HEMTJANST.name())).isEqualTo(false);
  }

  @Test
  void aRequestForTrygghetslarmKeepsTheHemtjanstTheRegistryHas() {
    when(definitions.property(any(), eq("insats"))).thenReturn(Optional.of("TRYGGHETSLARM"));
    when(brukare.findByPersonnummer(any())).thenReturn(Optional.of(StepFixtures.astrid()));
    Map<String, Object> request = order();
    request.put(INSATS_HEMTJANST.name(), false);

    intake.notify(execution(request));

    ArgumentCaptor<BrukareRegistration> registration = ArgumentCaptor.forClass(BrukareRegistration.class);
    verify(registrar).registerOrder(registration.capture());
    assertThat(registration.getValue().insatsHemtjanst()).as("as registered, not as sent").isTrue();
    assertThat(registration.getValue().insatsTrygghetslarm()).isTrue();
  }

  @Test
  void aRegisteredBrukareContinuesAsRegisteredAndTheDifferenceIsNotedForAPersonToConfirm() {
    Map<String, Object> order = order();
    order.put(NAMN.name(), "Astrid Berg");
    order.put(ADRESS.name(), "Nygatan 2");
    Registered asRegistered = registered(
        List.of("namn \"Astrid Berg\" (registrerat: \"Astrid Andersson\")", "portkod (avviker från den registrerade)"),
        Change.UNCHANGED);
    when(registrar.registerOrder(any())).thenReturn(asRegistered);
    when(notes.writeOnce(anyLong(), anyString(), anyString())).thenReturn(true);
    DelegateExecution execution = execution(order);

    intake.notify(execution);

    verify(notes).writeOnce(StepFixtures.BRUKARE_ID, asRegistered.differenceNote().orElseThrow(),
        "Processen Montering av digitalt lås – biståndsbedömda insatser");
    assertThat(asRegistered.differenceNote().orElseThrow())
        .startsWith("Avvikande uppgifter vid beställning: namn \"Astrid Berg\" (registrerat: \"Astrid Andersson\"); portkod")
        .doesNotContain("1234");
    assertThat(execution.getVariable(NAMN.name())).isEqualTo("Astrid Andersson");
    assertThat(execution.getVariable(ADRESS.name())).isEqualTo("Storgatan 1");
    assertThat(execution.getVariable(POSTNUMMER.name())).as("as people write it").isEqualTo("123 45");
    assertThat(execution.getVariable(BRUKARE_ID.name())).isEqualTo(StepFixtures.BRUKARE_ID);
    verify(access).changed(StepFixtures.BRUKARE_ID, "Skrev anteckning", AccessChannel.DELEGATE);
    verifyNoMoreInteractions(access);
  }

  @Test
  void aDifferenceAlreadyNotedIsNoNewNote() {
    when(registrar.registerOrder(any())).thenReturn(registered(List.of("portkod (avviker från den registrerade)"),
        Change.UNCHANGED));
    when(notes.writeOnce(anyLong(), anyString(), anyString())).thenReturn(false);

    intake.notify(execution(order()));

    verifyNoInteractions(access);
  }

  @Test
  void beslutsdatumMayComeAsADateOverRest() {
    Map<String, Object> order = order();
    order.put(BESLUTSDATUM.name(), Date.from(LocalDate.of(2026, 11, 22).atStartOfDay(StepFixtures.ZONE).toInstant()));

    intake.notify(execution(order));

    ArgumentCaptor<BrukareRegistration> registration = ArgumentCaptor.forClass(BrukareRegistration.class);
    verify(registrar).registerOrder(registration.capture());
    assertThat(registration.getValue().beslutsdatum()).isEqualTo(LocalDate.of(2026, 11, 22));
  }

  @Test
  void malformedPersonnummerIsRefused() {
    Map<String, Object> order = order();
    order.put(PERSONNUMMER.name(), "440305-2387");

    assertThatThrownBy(() -> intake.notify(execution(order)))
        .isInstanceOf(Refusal.class).hasMessageStartingWith("Ogiltigt personnummer: ");
    verifyNoInteractions(registrar);
  }

  @Test
  void aPersonnummerBornInTheFutureIsRefusedBeforeAnythingIsRegistered() {
    Map<String, Object> order = order();
    order.put(PERSONNUMMER.name(), "20991212-1218");

    assertThatThrownBy(() -> intake.notify(execution(order)))
        .isInstanceOf(Refusal.class).hasMessage("Ogiltigt personnummer: födelsedatumet ligger i framtiden");
    verifyNoInteractions(registrar);
  }

  @Test
  void badValuesAreRefusedNamingTheFieldBeforeAnythingIsRegistered() {
    Map<String, String> refusals = Map.of(
        INSATS_TRYGGHETSLARM.name(), "Ogiltigt värde för insats trygghetslarm: ange ja eller nej",
        ADRESS.name(), "Ogiltigt värde för adress: högst 200 tecken",
        NAMN.name(), "Ogiltigt värde för namn: texten innehåller otillåtna tecken",
        PORTKOD.name(), "Ogiltigt värde för portkod: högst 50 tecken",
        BESLUTSDATUM.name(), "Ogiltigt datum för beslutsdatum");
    Map<String, Object> values = Map.of(
        INSATS_TRYGGHETSLARM.name(), "kanske",
        ADRESS.name(), "a".repeat(201),
        NAMN.name(), "Astrid\u0000Andersson",
        PORTKOD.name(), "1".repeat(51),
        BESLUTSDATUM.name(), "2026-13-45");

    refusals.forEach((name, reason) -> {
      Map<String, Object> order = order();
      order.put(name, values.get(name));
      assertThatThrownBy(() -> intake.notify(execution(order)))
          .as(name).isInstanceOf(Refusal.class).hasMessageStartingWith(reason);
    });
    verifyNoInteractions(registrar, access);
  }

  @Test
  void namnAndAdressAreRequired() {
    Map<String, Object> withoutName = order();
    withoutName.remove(NAMN.name());
    Map<String, Object> withoutAddress = order();
    withoutAddress.put(ADRESS.name(), " ");

    assertThatThrownBy(() -> intake.notify(execution(withoutName))).hasMessage("Namn saknas");
    assertThatThrownBy(() -> intake.notify(execution(withoutAddress))).hasMessage("Adress saknas");
    verifyNoInteractions(registrar);
  }

  private static Registered registered(List<String> differences, Change change) {
    return new Registered(StepFixtures.astrid(), StepFixtures.household(null), differences, change);
  }

  private static DelegateExecution execution(Map<String, Object> variables) {
    DelegateExecution execution = VariableScopes.execution(variables);
    when(execution.getProcessInstanceId()).thenReturn("this");
    return execution;
  }

  private static Map<String, Object> order() {
    Map<String, Object> order = new HashMap<>();
    order.put(PERSONNUMMER.name(), "440305-2386");
    order.put(NAMN.name(), "Astrid Andersson");
    order.put(ADRESS.name(), "Storgatan 1");
    order.put(POSTNUMMER.name(), "123 45");
    order.put(ORT.name(), "Storstad");
    order.put(TELEFON.name(), "070-1234567");
    order.put(PORTKOD.name(), "1234");
    order.put(INSATS_HEMTJANST.name(), true);
    order.put(BESLUTSDATUM.name(), "2026-11-22");
    return order;
  }
}
