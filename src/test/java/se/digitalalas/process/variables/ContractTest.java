package se.digitalalas.process.variables;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import se.digitalalas.refusal.Refusal;

class ContractTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  @Test
  void everyNameIsDeclaredOnceAndLabelledInSwedish() throws IllegalAccessException {
    List<ContractVariable> variables = all();

    assertThat(variables).hasSizeGreaterThanOrEqualTo(78);
    assertThat(variables).extracting(ContractVariable::name).doesNotHaveDuplicates()
        .allMatch(name -> name.matches("[a-z][A-Za-z]*"), "camelCase without diacritics");
    assertThat(variables).allSatisfy(variable -> assertThat(variable.label()).isNotBlank());
  }

  @Test
  void theSpecificationsNamesAreThere() throws IllegalAccessException {
    assertThat(all()).extracting(ContractVariable::name).contains(
        "personnummer", "brukareId", "harKodlas", "nedmonteringSenast", "brukarensAlder",
        "lasFrankopplatFranBrukare", "kanal", "nyckelposition",
        "annanKommun", "beslutSlutdatum", "webbestallningGjord", "bestallningstyp",
        "befintligPersonnummer", "kopplatITes", "uppfoljningskommentar");
  }

  @Test
  void whatTheServiceSetsIsListed() {
    assertThat(SET_BY_THE_SERVICE).contains(BRUKARE_ID, NEDMONTERING_SENAST, BRUKARENS_ALDER);
  }

  @Test
  void aCheckpointIsConfirmedOnlyByAnExplicitTrue() {
    assertThat(ARBETET_UTFORT.isConfirmed(scope(Map.of()))).isFalse();
    assertThat(ARBETET_UTFORT.isConfirmed(scope(Map.of("arbetetUtfort", false)))).isFalse();
    assertThat(ARBETET_UTFORT.isConfirmed(scope(Map.of("arbetetUtfort", "true")))).isTrue();
    assertThat(ARBETET_UTFORT.isConfirmed(scope(Map.of("arbetetUtfort", true)))).isTrue();
  }

  @Test
  void aQuestionIsUnansweredUntilTrueOrFalse() {
    assertThat(HAR_KODLAS.answer(scope(Map.of()))).isEmpty();
    assertThat(HAR_KODLAS.answer(scope(Map.of("harKodlas", " ")))).isEmpty();
    assertThat(HAR_KODLAS.answer(scope(Map.of("harKodlas", false)))).contains(false);
  }

  @Test
  void aBooleanThatIsNotTrueOrFalseIsRefusedNamingTheField() {
    assertThat(HAR_KODLAS.answer(scope(Map.of("harKodlas", " FALSE ")))).contains(false);
    assertThat(HAR_KODLAS.answer(scope(Map.of("harKodlas", "True")))).contains(true);
    for (Object notABoolean : List.of("kanske", "ja", "1", 1, 0L)) {
      assertThatThrownBy(() -> INSATS_HEMTJANST.answer(scope(Map.of("insatsHemtjanst", notABoolean))))
          .as("%s", notABoolean)
          .isInstanceOf(Refusal.class)
          .hasMessage("Ogiltigt värde för insats hemtjänst: ange ja eller nej");
    }
    assertThatThrownBy(() -> ARBETET_UTFORT.isConfirmed(scope(Map.of("arbetetUtfort", "kanske"))))
        .isInstanceOf(Refusal.class).hasMessageContaining("arbetet utfört");
    assertThatThrownBy(() -> ARBETET_UTFORT.isAnswered(scope(Map.of("arbetetUtfort", "kanske"))))
        .isInstanceOf(Refusal.class);
  }

  @Test
  void aLineOfTextWithAControlCharacterIsRefusedNamingTheField() {
    for (String bad : List.of("Karl\u0000Karlsson", "Karl\nKarlsson", "Karl\tKarlsson", "Karl\u001bK", "Karl\u0085K")) {
      assertThatThrownBy(() -> NAMN.from(scope(Map.of("namn", bad))))
          .as("%s", bad)
          .isInstanceOf(Refusal.class)
          .hasMessage("Ogiltigt värde för namn: texten innehåller otillåtna tecken");
    }
    assertThat(NAMN.from(scope(Map.of("namn", "Åsa Öberg-Ärlig")))).contains("Åsa Öberg-Ärlig");
  }

  @Test
  void freeTextMayHoldTabsAndLineBreaksButNoOtherControlCharacter() {
    assertThat(BESLUTSKOMMENTAR.isFreeText()).isTrue();
    assertThat(NAMN.isFreeText()).isFalse();
    assertThat(BESLUTSKOMMENTAR.from(scope(Map.of("beslutskommentar", "Rad ett\r\n\tRad två"))))
        .contains("Rad ett\r\n\tRad två");
    assertThatThrownBy(() -> BESLUTSKOMMENTAR.from(scope(Map.of("beslutskommentar", "Rad\u0000ett"))))
        .isInstanceOf(Refusal.class).hasMessageContaining("kommentar till beslutet");
  }

  @Test
  void aTextThatIsNeitherTextNorNumberIsRefused() {
    assertThat(NYCKELNUMMER.from(scope(Map.of("nyckelnummer", 4711)))).contains("4711");
    assertThatThrownBy(() -> NAMN.from(scope(Map.of("namn", true))))
        .isInstanceOf(Refusal.class).hasMessage("Ogiltigt värde för namn: ange en text");
  }

  @Test
  void aDateThatDoesNotExistIsRefusedNamingTheField() {
    for (String bad : List.of("2026-13-45", "2026-02-30", "20/11/2026", "2026-11-20T25:00")) {
      assertThatThrownBy(() -> BESLUTSDATUM.date(scope(Map.of("beslutsdatum", bad)), ZONE))
          .as(bad)
          .isInstanceOf(Refusal.class).hasMessageStartingWith("Ogiltigt datum för beslutsdatum");
    }
  }

  @Test
  void textIsTrimmedAndBlankIsNotGiven() {
    assertThat(NAMN.from(scope(Map.of("namn", "  Astrid  ")))).contains("Astrid");
    assertThat(NAMN.orNull(scope(Map.of("namn", "   ")))).isNull();
  }

  @Test
  void aMissingIdIsAFaultOfTheProcessNotOfTheUser() {
    assertThatThrownBy(() -> BRUKARE_ID.require(scope(Map.of())))
        .isInstanceOf(ProcessDataMissing.class).isNotInstanceOf(Refusal.class)
        .hasMessageContaining("brukareId");
    assertThat(BRUKARE_ID.require(scope(Map.of("brukareId", 7)))).isEqualTo(7L);
  }

  @Test
  void datesComeFromRestOrFormsAndABadOneIsRefusedNamingTheField() {
    Date rest = Date.from(LocalDateTime.of(2026, 12, 1, 9, 30).atZone(ZONE).toInstant());

    assertThat(BOKAD_TID.dateTime(scope(Map.of("bokadTid", rest)), ZONE))
        .contains(LocalDateTime.of(2026, 12, 1, 9, 30));
    assertThat(BESLUTSDATUM.date(scope(Map.of("beslutsdatum", "2026-11-22")), ZONE))
        .contains(LocalDate.of(2026, 11, 22));
    assertThat(BESLUTSDATUM.date(scope(Map.of()), ZONE)).isEmpty();
    assertThatThrownBy(() -> BOKAD_TID.dateTime(scope(Map.of("bokadTid", "1/12")), ZONE))
        .isInstanceOf(Refusal.class).hasMessageContaining("bokad tid");
  }

  @Test
  void settingWritesTheContractName() {
    DelegateExecution execution = scope(new HashMap<>());

    LAS_FINNS.set(execution, true);
    INSTALLATION_PAMINNELSE.set(execution, LocalDateTime.of(2026, 11, 30, 10, 15), ZONE);

    assertThat(execution.getVariable("lasFinns")).isEqualTo(true);
    assertThat(execution.getVariable("installationPaminnelse"))
        .isEqualTo(Date.from(LocalDateTime.of(2026, 11, 30, 10, 15).atZone(ZONE).toInstant()));
  }

  private static DelegateExecution scope(Map<String, ?> variables) {
    return VariableScopes.execution(variables);
  }

  private static List<ContractVariable> all() throws IllegalAccessException {
    List<ContractVariable> variables = new java.util.ArrayList<>();
    for (Field field : Contract.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && ContractVariable.class.isAssignableFrom(field.getType())) {
        variables.add((ContractVariable) field.get(null));
      }
    }
    return variables;
  }
}
