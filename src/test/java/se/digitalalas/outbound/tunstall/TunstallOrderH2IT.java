package se.digitalalas.outbound.tunstall;

import static org.assertj.core.api.Assertions.*;

import se.digitalalas.registry.message.MessageState;
import se.digitalalas.testsupport.ServiceOnH2;

/** {@link TunstallOrderWalkthrough} on the default profile: no mail server, so the order stays NOT_SENT, its PDF downloadable. */
class TunstallOrderH2IT extends ServiceOnH2 implements TunstallOrderWalkthrough {

  @Override
  public void assertOrderMailed(long messageId, TunstallOrderForm form) {
    assertThat(messages().require(messageId).state()).isEqualTo(MessageState.NOT_SENT);
  }
}
