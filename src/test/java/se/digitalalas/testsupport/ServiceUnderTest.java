package se.digitalalas.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.security.VendorIntegration;
import se.digitalalas.testsupport.EngineRestClient.Credentials;

/**
 * The whole running service as a routine's walkthrough sees it, whichever database and profile
 * it runs on ({@link ServiceOnH2}, {@link ServiceOnPostgres}).
 */
public interface ServiceUnderTest {

  RoutineDriver driver();

  /** The port the service listens on. */
  int port();

  /** A bean of the running service, for a walkthrough that sets up what REST cannot. */
  <T> T bean(Class<T> type);

  /** A member of the group, signed in with basic authentication. */
  Credentials staff(StaffGroup group);

  Credentials admin();

  /** The account a vendor's system sends its confirmations with. */
  Credentials vendor(VendorIntegration vendor);

  /** The Digitala LÅS message shows on the brukare's record (and reached the mail server, where there is one). */
  void assertDigitalaLasMessageDelivered(JsonNode brukare);

  /**
   * The Digitala LÅS message whose subject begins so (a purpose's subject) is on the brukare's
   * record, delivered as this environment delivers mail.
   */
  void assertDigitalaLasMessageDelivered(JsonNode brukare, String subject);
}
