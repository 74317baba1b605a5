package se.digitalalas.process.steps;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.Mockito.*;
import static se.digitalalas.process.variables.Contract.*;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.outbound.mail.DigitalaLasMailProperties;
import se.digitalalas.outbound.mail.MailOutbox;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.household.HouseholdRegistry;
import se.digitalalas.registry.key.Key;
import se.digitalalas.registry.key.KeyHolder;
import se.digitalalas.registry.key.KeyRegistry;
import se.digitalalas.registry.message.MessageChannel;
import se.digitalalas.registry.message.MessageContent;

class DigitalaLasMessageTest {

  private final BrukareRegistry brukare = mock(BrukareRegistry.class);
  private final HouseholdRegistry households = mock(HouseholdRegistry.class);
  private final KeyRegistry keys = mock(KeyRegistry.class);
  private final MailOutbox mail = mock(MailOutbox.class);
  private final BrukareAccess access = mock(BrukareAccess.class);
  private final DigitalaLasMessage delegate = new DigitalaLasMessage(brukare, households, keys, mail,
      new DigitalaLasMailProperties("tjansten@kommun.example", "digitala.las@kommun.example"),
      "https://las.kommun.example/camunda/app/tasklist/default/", access);

  @Test
  void tellsTheMailGroupWhoWhereInsatserAndKeys() throws Exception {
    when(brukare.require(7L)).thenReturn(StepFixtures.astrid());
    when(households.findById(3L)).thenReturn(Optional.of(StepFixtures.household(false)));
    LocalDateTime at = StepFixtures.NOW;
    when(keys.forBrukare(7L)).thenReturn(List.of(
        new Key(1, 7, "H-12", KeyHolder.HEMTJANST, KeyHolder.HEMTJANST, null, at, null),
        new Key(2, 7, "L-7", KeyHolder.LARMGRUPP, KeyHolder.LARMGRUPP, null, at, null)));

    delegate.execute(purpose("INSTALLATION"));

    MessageContent content = sent();
    assertThat(content.brukareId()).isEqualTo(7L);
    assertThat(content.channel()).isEqualTo(MessageChannel.DIGITALA_LAS_MAIL);
    assertThat(content.recipient()).isEqualTo("digitala.las@kommun.example");
    assertThat(content.subject())
        .isEqualTo("Digitalt lås ska installeras – ärende DL-2026-000042 – Astrid Andersson, Storgatan 1");
    assertThat(content.body()).contains(
        "Ärende: DL-2026-000042",
        "Brukare: Astrid Andersson",
        "Adress: Storgatan 1, 123 45 Storstad",
        "Brukarens nummer i registret: 7",
        "Hemvårdsområde: Norra",
        "Insatser: hemtjänst och trygghetslarm",
        "Fysiska nycklar: finns, hemtjänstens nyckelnummer H-12, larmgruppens nyckelnummer L-7");
    verify(access).changed(7L, "Lade meddelande i utkorgen", AccessChannel.DELEGATE);
  }

  @Test
  void neitherPersonnummerNorPortkodIsInTheMailButALinkToTheCaseInTasklist() throws Exception {
    when(brukare.require(7L)).thenReturn(StepFixtures.astrid());
    when(households.findById(3L)).thenReturn(Optional.of(StepFixtures.household(false)));

    delegate.execute(purpose("INSTALLATION"));

    MessageContent content = sent();
    assertThat(content.subject() + content.body())
        .doesNotContain("19440305", "440305-2386", "4403052386", "Portkod");
    assertThat(content.body().lines()).noneMatch(line -> line.endsWith(" 1234"));
    assertThat(content.body()).contains("https://las.kommun.example/camunda/app/tasklist/default/#/?searchQuery="
        + "%5B%7B%22type%22%3A%22processInstanceIdIn%22%2C%22operator%22%3A%22In%22%2C%22value%22%3A%5B%22"
        + "pi-1" + "%22%5D%2C%22name%22%3A%22%22%7D%5D");
  }

  @Test
  void saysWhenKeysAreMissing() throws Exception {
    when(brukare.require(7L)).thenReturn(StepFixtures.astrid());
    when(households.findById(3L)).thenReturn(Optional.of(StepFixtures.household(null)));

    delegate.execute(purpose("INSTALLATION"));

    assertThat(sent().body()).contains("Fysiska nycklar: saknas");
  }

  @Test
  void theWordingFollowsThePurpose() throws Exception {
    when(brukare.require(7L)).thenReturn(StepFixtures.astrid());
    when(households.findById(3L)).thenReturn(Optional.of(StepFixtures.household(null)));

    delegate.execute(purpose("NEDMONTERING"));

    assertThat(sent().subject()).isEqualTo("Digitalt lås ska nedmonteras – ärende DL-2026-000042 – Astrid Andersson, Storgatan 1");
    assertThat(sent().body()).contains("ska nedmonteras inom 14 dagar");
  }

  @Test
  void keysHandedBackAtTheClosingAreReturnedNotMissing() throws Exception {
    // process 2: verkstallighetClosing has returned hemtjänst's set before the message is sent
    when(brukare.require(7L)).thenReturn(StepFixtures.astrid());
    when(households.findById(3L)).thenReturn(Optional.of(StepFixtures.household(false)));
    LocalDateTime at = StepFixtures.NOW;
    when(keys.forBrukare(7L)).thenReturn(List.of(
        new Key(1, 7, "H-12", KeyHolder.BRUKARE, KeyHolder.HEMTJANST, null, at.minusDays(90), at),
        new Key(2, 7, "L-7", KeyHolder.LARMGRUPP, KeyHolder.LARMGRUPP, null, at.minusDays(90), null)));

    delegate.execute(purpose("NEDMONTERING"));

    assertThat(sent().body()).contains("Fysiska nycklar: finns, larmgruppens nyckelnummer L-7; "
        + "återlämnade till brukaren: hemtjänstens nyckelnummer H-12");
  }

  @Test
  void whenEverySetIsReturnedTheMailSaysSo() throws Exception {
    when(brukare.require(7L)).thenReturn(StepFixtures.astrid());
    when(households.findById(3L)).thenReturn(Optional.of(StepFixtures.household(false)));
    LocalDateTime at = StepFixtures.NOW;
    when(keys.forBrukare(7L)).thenReturn(List.of(
        new Key(1, 7, "H-12", KeyHolder.BRUKARE, KeyHolder.HEMTJANST, null, at.minusDays(90), at)));

    delegate.execute(purpose("NEDMONTERING"));

    assertThat(sent().body()).contains("Fysiska nycklar: återlämnade till brukaren: hemtjänstens nyckelnummer H-12")
        .doesNotContain("saknas");
  }

  @Test
  void aModelWithoutAPurposeIsAModellingError() {
    assertThatThrownBy(() -> delegate.execute(VariableScopes.execution(Map.of(BRUKARE_ID.name(), 7L))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("meddelandeSyfte");
    verifyNoInteractions(mail, access);
  }

  private MessageContent sent() {
    ArgumentCaptor<MessageContent> sent = ArgumentCaptor.forClass(MessageContent.class);
    verify(mail).enqueue(sent.capture());
    return sent.getValue();
  }

  private static DelegateExecution purpose(String purpose) {
    DelegateExecution execution =
        VariableScopes.execution(Map.of(BRUKARE_ID.name(), 7L, "meddelandeSyfte", purpose));
    when(execution.getProcessInstanceId()).thenReturn("pi-1");
    when(execution.getProcessBusinessKey()).thenReturn("DL-2026-000042");
    return execution;
  }
}
