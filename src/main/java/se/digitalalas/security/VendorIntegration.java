package se.digitalalas.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A vendor's system that sends the routines its confirmations through POST /engine-rest/message:
 * its group, and for each message it may send the variables it carries and the process it reaches.
 */
public enum VendorIntegration {
  TUNSTALL("tunstall", "Tunstall (leverantörens system)",
      Map.of("TunstallInstallationKlar", new Message("tunstall-bestallning", Set.of("serienummer")))),
  PHONIRO("phoniro", "Phoniro (webbeställningens e-post)",
      Map.of("LasvredMonterat", new Message("lasvred-ny-kund", Set.of("serienummer")),
          "AvinstallationUtford", new Message("lasvred-avslut", Set.of())));

  /** A message: the process it reaches, the text variables it carries (each required). */
  public record Message(String processKey, Set<String> variables) {
  }

  private final String groupId;
  private final String displayName;
  private final Map<String, Message> messages;

  VendorIntegration(String groupId, String displayName, Map<String, Message> messages) {
    this.groupId = groupId;
    this.displayName = displayName;
    this.messages = messages;
  }

  public String groupId() {
    return groupId;
  }

  public String displayName() {
    return displayName;
  }

  /** The processes this vendor's messages reach. */
  public Set<String> processKeys() {
    return Set.copyOf(messages.values().stream().map(Message::processKey).toList());
  }

  /** The variables the message carries, when this vendor sends it. */
  public Optional<Set<String>> variablesOf(String messageName) {
    return message(messageName).map(Message::variables);
  }

  public Optional<Message> message(String messageName) {
    return Optional.ofNullable(messages.get(messageName));
  }

  public Collection<String> messageNames() {
    return messages.keySet();
  }

  public static Optional<VendorIntegration> sending(String messageName) {
    return Arrays.stream(values()).filter(vendor -> vendor.messages.containsKey(messageName)).findFirst();
  }
}
