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
import se.digitalalas.outbound.mail.DigitalaLasMailProperties;
import se.digitalalas.outbound.mail.MailDispatcher;
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
  private final MailDispatcher mail = mock(MailDispatcher.class);
  private final DigitalaLasMessage delegate = new DigitalaLasMessage(brukare, households, keys, mail,
      new DigitalaLasMailProperties("tjansten@kommun.example", "digitala.las@kommun.example"));

  @Test
  void tellsTheMailGroupWhoWhereInsatserAndKeys() throws Exception {
    when(brukare.require(7L)).thenReturn(StepFixtures.astrid());
    when(households.findById(3L)).thenReturn(Optional.of(StepFixtures.household(false)));
    LocalDateTime at = StepFixtures.NOW;
    when(keys.forBrukare(7L)).thenReturn(List.of(
        new Key(1, 7, "H-12", KeyHolder.HEMTJANST, null, at),
        new Key(2, 7, "L-7", KeyHolder.LARMGRUPP, null, at)));

    delegate.execute(purpose("INSTALLATION"));

    MessageContent content = sent();
    assertThat(content.brukareId()).isEqualTo(7L);
    assertThat(content.channel()).isEqualTo(MessageChannel.DIGITALA_LAS_MAIL);
    assertThat(content.recipient()).isEqualTo("digitala.las@kommun.example");
    assertThat(content.subject())
        .isEqualTo("Digitalt lås ska installeras – Astrid Andersson, Storgatan 1");
    assertThat(content.body()).contains(
        "Brukare: Astrid Andersson (19440305-2386)",
        "Adress: Storgatan 1, 123 45 Storstad",
        "Portkod: 1234",
        "Hemvårdsområde: Norra",
        "Insatser: hemtjänst och trygghetslarm",
        "Fysiska nycklar: finns, hemtjänstens nyckelnummer H-12, larmgruppens nyckelnummer L-7");
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

    assertThat(sent().subject()).isEqualTo("Digitalt lås ska nedmonteras – Astrid Andersson, Storgatan 1");
    assertThat(sent().body()).contains("ska nedmonteras inom 14 dagar");
  }

  @Test
  void aModelWithoutAPurposeIsAModellingError() {
    assertThatThrownBy(() -> delegate.execute(VariableScopes.execution(Map.of(BRUKARE_ID.name(), 7L))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("meddelandeSyfte");
    verifyNoInteractions(mail);
  }

  private MessageContent sent() {
    ArgumentCaptor<MessageContent> sent = ArgumentCaptor.forClass(MessageContent.class);
    verify(mail).dispatch(sent.capture());
    return sent.getValue();
  }

  private static DelegateExecution purpose(String purpose) {
    return VariableScopes.execution(Map.of(BRUKARE_ID.name(), 7L, "meddelandeSyfte", purpose));
  }
}
