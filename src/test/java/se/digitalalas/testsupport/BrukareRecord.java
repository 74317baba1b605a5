package se.digitalalas.testsupport;

import static org.assertj.core.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Reads a brukare's record as /api/brukare answers it (BrukareOverview). */
public final class BrukareRecord {

  private BrukareRecord() {
  }

  /** The one key set issued to this holder (HEMTJANST, LARMGRUPP, NATTGRUPP). */
  public static JsonNode keyIssuedTo(JsonNode record, String issuedTo) {
    List<JsonNode> keys = matching(record.path("keys"), "issuedTo", issuedTo);
    assertThat(keys).as("the set issued to " + issuedTo + " in " + record.path("keys")).hasSize(1);
    return keys.get(0);
  }

  /** The receipts of this kind (NYCKELKVITTENS, LASKVITTENS). */
  public static List<JsonNode> receipts(JsonNode record, String kind) {
    return matching(record.path("receipts"), "kind", kind);
  }

  /** The status of the lock on the brukare's door now, or "none". */
  public static String lockStatus(JsonNode record) {
    return record.path("lock").isNull() ? "none" : record.path("lock").path("lock").path("status").asText();
  }

  /** The personnummer of the brukare linked to the lock on the door now. */
  public static List<String> linkedPersonnummer(JsonNode record) {
    List<String> linked = new ArrayList<>();
    record.path("lock").path("linkedBrukare").forEach(brukare -> linked.add(brukare.path("personnummer").asText()));
    return linked;
  }

  /**
   * The record without its outgoing messages, whose delivery state the outbox moves on by
   * itself: what a refused request must leave exactly as it was.
   */
  public static JsonNode withoutMessages(JsonNode record) {
    ObjectNode copy = record.deepCopy();
    copy.remove("outgoingMessages");
    return copy;
  }

  private static List<JsonNode> matching(JsonNode array, String field, String value) {
    List<JsonNode> found = new ArrayList<>();
    array.forEach(element -> {
      if (element.path(field).asText().equals(value)) {
        found.add(element);
      }
    });
    return found;
  }
}
