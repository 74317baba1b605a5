package se.digitalalas.outbound.tunstall;

import static org.assertj.core.api.Assertions.*;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.digitalalas.registry.brukare.BrukareRegistrar;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.household.HouseholdRegistry;
import se.digitalalas.registry.key.KeyRegistry;
import se.digitalalas.registry.message.MessageState;
import se.digitalalas.registry.message.OutgoingMessageRegistry;
import se.digitalalas.testsupport.ServiceOnH2;

/** {@link TunstallOrderWalkthrough} on the default profile: no mail server, so the order stays NOT_SENT, its PDF downloadable. */
class TunstallOrderH2IT extends ServiceOnH2 implements TunstallOrderWalkthrough {

  @LocalServerPort
  private int port;
  @Autowired
  private TunstallOrders orders;
  @Autowired
  private BrukareRegistrar registrar;
  @Autowired
  private BrukareRegistry brukareRegistry;
  @Autowired
  private HouseholdRegistry households;
  @Autowired
  private KeyRegistry keys;
  @Autowired
  private OutgoingMessageRegistry messages;

  @Override
  public void assertOrderMailed(long messageId, TunstallOrderForm form) {
    assertThat(messages.require(messageId).state()).isEqualTo(MessageState.NOT_SENT);
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public TunstallOrders orders() {
    return orders;
  }

  @Override
  public BrukareRegistrar registrar() {
    return registrar;
  }

  @Override
  public BrukareRegistry brukareRegistry() {
    return brukareRegistry;
  }

  @Override
  public HouseholdRegistry households() {
    return households;
  }

  @Override
  public KeyRegistry keys() {
    return keys;
  }

  @Override
  public OutgoingMessageRegistry messages() {
    return messages;
  }
}
