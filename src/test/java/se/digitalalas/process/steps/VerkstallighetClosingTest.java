package se.digitalalas.process.steps;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;
import static se.digitalalas.process.variables.Contract.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.brukare.Insats;
import se.digitalalas.registry.key.KeyHolder;
import se.digitalalas.registry.key.KeyRegistry;
import se.digitalalas.registry.note.NoteRegistry;

/** verkstallighetClosing after Task_AvslutaVerkstallighet and Task_AvslutaLarmVerkstallighet. */
class VerkstallighetClosingTest {

  private static final long ID = StepFixtures.BRUKARE_ID;
  private static final String AUTHOR = "Processen Nedmontering av digitalt lås – biståndsbedömda insatser";

  private final BrukareRegistry brukare = mock(BrukareRegistry.class);
  private final KeyRegistry keys = mock(KeyRegistry.class);
  private final NoteRegistry notes = mock(NoteRegistry.class);
  private final ProcessDefinitions definitions = mock(ProcessDefinitions.class);
  private final BrukareAccess access = mock(BrukareAccess.class);
  private final VerkstallighetClosing closing =
      new VerkstallighetClosing(brukare, keys, notes, definitions, StepFixtures.CLOCK, access);

  @BeforeEach
  void astridInRoutine2() {
    // StepFixtures: today 2026-11-23; astrid's beslutsdatum 2026-11-20, no verkställighet dates
    when(brukare.require(ID)).thenReturn(StepFixtures.astrid());
    when(definitions.noteAuthor(any())).thenReturn(AUTHOR);
  }

  @Test
  void closingHemtjanstReturnsHemtjanstsKeysAndEndsTheInsats() throws Exception {
    when(keys.returnToBrukare(ID, Set.of(KeyHolder.HEMTJANST))).thenReturn(1);

    closing.execute(closed("HEMTJANST", "2026-11-22", true));

    verify(keys).returnToBrukare(ID, Set.of(KeyHolder.HEMTJANST));
    verify(brukare).closeVerkstallighet(ID, Insats.HEMTJANST, LocalDate.of(2026, 11, 22));
    verify(notes).write(ID, "Verkställigheten för hemtjänst avslutad 2026-11-22.", AUTHOR);
    verifyNoMoreInteractions(keys);
    verify(access).changed(ID, "Registrerade nycklar återlämnade till brukaren", AccessChannel.DELEGATE);
    verify(access).changed(ID, "Avslutade verkställigheten för hemtjänst", AccessChannel.DELEGATE);
    verify(access).changed(ID, "Skrev anteckning", AccessChannel.DELEGATE);
    verifyNoMoreInteractions(access);
  }

  @Test
  void noKeysWithHemtjanstIsNoKeyChange() throws Exception {
    when(keys.returnToBrukare(ID, Set.of(KeyHolder.HEMTJANST))).thenReturn(0);

    closing.execute(closed("HEMTJANST", "2026-11-22", true));

    verify(access, never()).changed(ID, "Registrerade nycklar återlämnade till brukaren", AccessChannel.DELEGATE);
    verify(access).changed(ID, "Avslutade verkställigheten för hemtjänst", AccessChannel.DELEGATE);
  }

  @Test
  void closingTrygghetslarmLeavesTheKeysToTheRemoval() throws Exception {
    closing.execute(closed("TRYGGHETSLARM", "2026-11-21", null));

    verify(brukare).closeVerkstallighet(ID, Insats.TRYGGHETSLARM, LocalDate.of(2026, 11, 21));
    verify(notes).write(ID, "Verkställigheten för trygghetslarm avslutad 2026-11-21.", AUTHOR);
    verifyNoInteractions(keys);
    verify(access).changed(ID, "Avslutade verkställigheten för trygghetslarm", AccessChannel.DELEGATE);
    verify(access).changed(ID, "Skrev anteckning", AccessChannel.DELEGATE);
    verifyNoMoreInteractions(access);
  }

  @Test
  void todayIsAPossibleClosingDate() throws Exception {
    closing.execute(closed("TRYGGHETSLARM", "2026-11-23", null));

    verify(brukare).closeVerkstallighet(ID, Insats.TRYGGHETSLARM, LocalDate.of(2026, 11, 23));
  }

  @Test
  void theDateMayComeAsADateOverRest() throws Exception {
    Date lateEvening = Date.from(LocalDate.of(2026, 11, 22).atTime(23, 30).atZone(StepFixtures.ZONE).toInstant());
    Map<String, Object> variables = answers("TRYGGHETSLARM", null, null);
    variables.put(VERKSTALLIGHET_AVSLUTAD_DATUM.name(), lateEvening);

    closing.execute(VariableScopes.execution(variables));

    verify(brukare).closeVerkstallighet(ID, Insats.TRYGGHETSLARM, LocalDate.of(2026, 11, 22));
  }

  @Test
  void aClosingDateInTheFutureIsRefused() {
    assertThatThrownBy(() -> closing.execute(closed("HEMTJANST", "2026-11-24", true)))
        .isInstanceOf(Refusal.class)
        .hasMessage("Datum då verkställigheten avslutades (2026-11-24) ligger i framtiden. "
            + "Ange dagen då verkställigheten avslutades i Lifecare");
    nothingWritten();
  }

  @Test
  void aClosingDateBeforeTheVerkstallighetStartedIsRefused() {
    when(brukare.require(ID)).thenReturn(started(LocalDate.of(2026, 11, 21), LocalDate.of(2025, 3, 1)));

    assertThatThrownBy(() -> closing.execute(closed("HEMTJANST", "2026-11-20", true)))
        .isInstanceOf(Refusal.class)
        .hasMessage("Datum då verkställigheten avslutades (2026-11-20) ligger före insatsens start (2026-11-21)");
    nothingWritten();
  }

  @Test
  void eachInsatsIsComparedWithItsOwnStart() throws Exception {
    when(brukare.require(ID)).thenReturn(started(LocalDate.of(2026, 11, 21), LocalDate.of(2025, 3, 1)));

    closing.execute(closed("TRYGGHETSLARM", "2026-11-20", null));

    verify(brukare).closeVerkstallighet(ID, Insats.TRYGGHETSLARM, LocalDate.of(2026, 11, 20));
    assertThatThrownBy(() -> closing.execute(closed("TRYGGHETSLARM", "2025-02-28", null)))
        .isInstanceOf(Refusal.class)
        .hasMessage("Datum då verkställigheten avslutades (2025-02-28) ligger före insatsens start (2025-03-01)");
  }

  @Test
  void theDayTheVerkstallighetStartedIsAPossibleClosingDate() throws Exception {
    when(brukare.require(ID)).thenReturn(started(LocalDate.of(2026, 11, 21), null));

    closing.execute(closed("HEMTJANST", "2026-11-21", true));

    verify(brukare).closeVerkstallighet(ID, Insats.HEMTJANST, LocalDate.of(2026, 11, 21));
  }

  @Test
  void withoutAVerkstallighetStartTheDecisionDateIsTheStart() {
    assertThatThrownBy(() -> closing.execute(closed("HEMTJANST", "2026-11-19", true)))
        .isInstanceOf(Refusal.class)
        .hasMessage("Datum då verkställigheten avslutades (2026-11-19) ligger före insatsens start (2026-11-20)");
    nothingWritten();
  }

  @Test
  void withNeitherStartNorDecisionAnyPastDateIsPossible() throws Exception {
    when(brukare.require(ID)).thenReturn(new Brukare(ID, "194403052386", "Astrid Andersson", null,
        StepFixtures.HOUSEHOLD_ID, null, null, false, true, null, null, null, null, null));

    closing.execute(closed("TRYGGHETSLARM", "2019-01-01", null));

    verify(brukare).closeVerkstallighet(ID, Insats.TRYGGHETSLARM, LocalDate.of(2019, 1, 1));
  }

  @Test
  void hemtjanstNeedsTheKeysConfirmedReturned() {
    for (Object notConfirmed : new Object[] {null, false, "false", " "}) {
      assertThatThrownBy(() -> closing.execute(closed("HEMTJANST", "2026-11-22", notConfirmed)))
          .as(String.valueOf(notConfirmed))
          .isInstanceOf(Refusal.class)
          .hasMessage("Bekräfta att hemtjänstens fysiska nycklar är återlämnade till brukaren");
    }
    nothingWritten();
  }

  @Test
  void theKeysConfirmedAsTextFromAFormCount() throws Exception {
    closing.execute(closed("HEMTJANST", "2026-11-22", "true"));

    verify(keys).returnToBrukare(ID, Set.of(KeyHolder.HEMTJANST));
  }

  @Test
  void aMissingClosingDateIsRefused() {
    assertThatThrownBy(() -> closing.execute(closed("HEMTJANST", null, true)))
        .isInstanceOf(Refusal.class)
        .hasMessage("Ange datum då verkställigheten avslutades");
    assertThatThrownBy(() -> closing.execute(closed("HEMTJANST", " ", true)))
        .isInstanceOf(Refusal.class)
        .hasMessage("Ange datum då verkställigheten avslutades");
    nothingWritten();
  }

  @Test
  void anImpossibleClosingDateIsRefusedNamingTheField() {
    assertThatThrownBy(() -> closing.execute(closed("HEMTJANST", "2026-02-30", true)))
        .isInstanceOf(Refusal.class)
        .hasMessageStartingWith("Ogiltigt datum för datum då verkställigheten avslutades: 2026-02-30");
    nothingWritten();
  }

  @Test
  void aModelWithoutTheInsatsIsAModellingError() {
    for (String insats : new String[] {null, "LARM", "hemtjanst"}) {
      assertThatThrownBy(() -> closing.execute(closed(insats, "2026-11-22", true)))
          .as(insats)
          .isInstanceOf(IllegalStateException.class)
          .isNotInstanceOf(Refusal.class)
          .hasMessageContaining("insats");
    }
    nothingWritten();
  }

  private void nothingWritten() {
    verifyNoInteractions(keys, notes, access);
    verify(brukare, never()).closeVerkstallighet(anyLong(), any(), any());
  }

  private static Brukare started(LocalDate hemtjanstStart, LocalDate larmStart) {
    return new Brukare(ID, "194403052386", "Astrid Andersson", null, StepFixtures.HOUSEHOLD_ID, "Norra", null,
        true, true, LocalDate.of(2026, 11, 20), hemtjanstStart, null, larmStart, null);
  }

  private static DelegateExecution closed(String insats, String closedOn, Object keysReturned) {
    return VariableScopes.execution(answers(insats, closedOn, keysReturned));
  }

  private static Map<String, Object> answers(String insats, String closedOn, Object keysReturned) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(BRUKARE_ID.name(), ID);
    if (insats != null) {
      variables.put(VerkstallighetClosing.INSATS, insats);
    }
    if (closedOn != null) {
      variables.put(VERKSTALLIGHET_AVSLUTAD_DATUM.name(), closedOn);
    }
    if (keysReturned != null) {
      variables.put(FYSISKA_NYCKLAR_ATERLAMNADE.name(), keysReturned);
    }
    return variables;
  }
}
