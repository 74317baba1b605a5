package se.digitalalas.access;

/**
 * What the access rule decided for one staff member and one brukare: whether they may read the
 * record, and whether they see the door details (portkod, key numbers, key positions). reason is
 * a short Swedish text, the log's "what" suffix.
 */
public record AccessDecision(boolean allowed, boolean seesDoorDetails, String reason) {

  static AccessDecision denied() {
    return new AccessDecision(false, false, "ingen uppgift för brukaren");
  }
}
