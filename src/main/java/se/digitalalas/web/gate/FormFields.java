package se.digitalalas.web.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The answers a deployed Camunda Form asks for, by variable name: the {@code key} of every
 * field, in groups and dynamic lists too. A group or list with a {@code path} submits one
 * variable of that name; a dotted key submits its first part. Display-only components (text,
 * images) and disabled fields ask for nothing.
 */
final class FormFields {

  static final FormFields NONE = new FormFields(Map.of());

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, FormField> byKey;

  private FormFields(Map<String, FormField> byKey) {
    this.byKey = byKey;
  }

  /** A form that is not a Camunda Form (not JSON) asks for nothing. */
  static FormFields read(InputStream form) {
    try (form) {
      JsonNode schema = JSON.readTree(form);
      if (schema == null || !schema.isObject()) {
        return NONE;
      }
      Map<String, FormField> fields = new LinkedHashMap<>();
      collect(schema.path("components"), fields);
      return new FormFields(Map.copyOf(fields));
    } catch (IOException e) {
      return NONE;
    }
  }

  Optional<FormField> field(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  boolean asksFor(String key) {
    return byKey.containsKey(key);
  }

  private static void collect(JsonNode components, Map<String, FormField> fields) {
    for (JsonNode component : components) {
      if (component.path("disabled").asBoolean(false)) {
        continue;
      }
      String type = component.path("type").asText("");
      String path = component.path("path").asText("");
      if (component.has("components")) {
        if (path.isEmpty()) {
          collect(component.path("components"), fields);
        } else {
          add(fields, topLevel(path), type, component);
        }
        continue;
      }
      String key = component.path("key").asText("");
      if (!key.isEmpty()) {
        add(fields, topLevel(key), key.contains(".") ? "group" : type, component);
      }
    }
  }

  private static void add(Map<String, FormField> fields, String key, String type, JsonNode component) {
    JsonNode maxLength = component.path("validate").path("maxLength");
    fields.putIfAbsent(key, new FormField(key, type, label(component, key),
        maxLength.canConvertToInt() && maxLength.isNumber() ? OptionalInt.of(maxLength.asInt()) : OptionalInt.empty()));
  }

  private static String label(JsonNode component, String key) {
    for (String name : new String[] {"label", "dateLabel"}) {
      String label = component.path(name).asText("");
      if (!label.isBlank()) {
        return label;
      }
    }
    return key;
  }

  private static String topLevel(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }
}
