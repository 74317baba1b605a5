package se.digitalalas.security;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A vendor's system that sends the routines its confirmations through POST /engine-rest/message:
 * its group, the messages it may send, the variables each carries, and the process they reach.
 */
public enum VendorIntegration {
  TUNSTALL("tunstall", "Tunstall (leverantörens system)", "tunstall-bestallning",
      Map.of("TunstallInstallationKlar", Set.of("serienummer")));

  private final String groupId;
  private final String displayName;
  private final String processKey;
  private final Map<String, Set<String>> messages;

  VendorIntegration(String groupId, String displayName, String processKey, Map<String, Set<String>> messages) {
    this.groupId = groupId;
    this.displayName = displayName;
    this.processKey = processKey;
    this.messages = messages;
  }

  public String groupId() {
    return groupId;
  }

  public String displayName() {
    return displayName;
  }

  public String processKey() {
    return processKey;
  }

  /** The variables the message carries, when this vendor sends it. */
  public Optional<Set<String>> variablesOf(String messageName) {
    return Optional.ofNullable(messages.get(messageName));
  }

  public static Optional<VendorIntegration> sending(String messageName) {
    return Arrays.stream(values()).filter(vendor -> vendor.messages.containsKey(messageName)).findFirst();
  }
}
