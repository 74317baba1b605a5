package se.digitalalas.web.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The JSON body of a completion or start, read stricter than the engine reads it: one object,
 * no field twice, nothing after it, and no field the endpoint does not know, so that the
 * engine cannot see anything the gate did not.
 */
final class RequestBody {

  private static final JsonMapper STRICT = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private RequestBody() {
  }

  static JsonNode read(byte[] body, Set<String> knownFields) {
    JsonNode json;
    if (body.length == 0) {
      json = JsonNodeFactory.instance.objectNode();
    } else {
      try {
        json = STRICT.readTree(body);
      } catch (JsonProcessingException e) {
        throw GateRefusal.invalidRequest("Ogiltig begäran: innehållet är inte giltig JSON");
      } catch (IOException e) {
        throw GateRefusal.invalidRequest("Ogiltig begäran: innehåll saknas eller kan inte läsas");
      }
    }
    if (json == null || json.isMissingNode()) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (!json.isObject()) {
      throw GateRefusal.invalidRequest("Ogiltig begäran: innehållet ska vara ett JSON-objekt");
    }
    List<String> unknown = new ArrayList<>();
    json.fieldNames().forEachRemaining(name -> {
      if (!knownFields.contains(name)) {
        unknown.add(name);
      }
    });
    if (!unknown.isEmpty()) {
      throw GateRefusal.invalidRequest("Ogiltig begäran: okänt fält " + String.join(", ", unknown));
    }
    return json;
  }

  /** Present with a value that is not null, false or blank. */
  static boolean given(JsonNode json, String field) {
    JsonNode value = json.path(field);
    return !(value.isMissingNode() || value.isNull()
        || value.isBoolean() && !value.asBoolean()
        || value.isTextual() && (value.asText().isBlank() || value.asText().strip().equalsIgnoreCase("false")));
  }
}
