package se.digitalalas.outbound.mail;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.variables.VariableScopes;

class OutboxSenderTest {

  private final MailDelivery delivery = mock(MailDelivery.class);
  private final OutboxSender sender = new OutboxSender(delivery);

  @Test
  void sendsTheMessageOfItsInstance() {
    sender.execute(VariableScopes.execution(Map.of(MailOutbox.MEDDELANDE_ID, 11L)));

    verify(delivery).deliver(11L);
  }

  @Test
  void anInstanceWithoutAMessageIsInconsistentProcessData() {
    assertThatThrownBy(() -> sender.execute(VariableScopes.execution(Map.of())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(MailOutbox.MEDDELANDE_ID);
    verifyNoInteractions(delivery);
  }
}
