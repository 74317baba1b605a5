package se.digitalalas.web.gate;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.digitalalas.process.variables.BooleanVariable;
import se.digitalalas.process.variables.Contract;
import se.digitalalas.process.variables.ContractVariable;
import se.digitalalas.process.variables.DateVariable;
import se.digitalalas.process.variables.ProcessDates;
import se.digitalalas.process.variables.TextVariable;
import se.digitalalas.refusal.Refusal;

/**
 * The {@code variables} of a completion or start, held against the form that asks for them: only
 * its keys, never a variable the service sets itself, and each value of its contract type (a
 * question yes or no, a date a readable date, a text a text without NUL and not too long).
 */
final class SubmittedAnswers {

  static final int DEFAULT_MAX_LENGTH = 1000;

  /** How Camunda's REST API reads a value of type Date. */
  private static final String REST_DATE_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";
  private static final int MAX_NAME_SHOWN = 60;
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2200;
  private static final Set<String> ENTRY_FIELDS = Set.of("value", "type", "valueInfo");
  private static final Set<String> SET_BY_THE_SERVICE =
      Set.copyOf(Contract.SET_BY_THE_SERVICE.stream().map(ContractVariable::name).toList());

  private enum Kind { QUESTION, DATE, TEXT, NUMBER, OTHER }

  private static final Map<Kind, Set<String>> TYPES = Map.of(
      Kind.QUESTION, Set.of("boolean", "string"),
      Kind.DATE, Set.of("date", "string"),
      Kind.TEXT, Set.of("string"),
      Kind.NUMBER, Set.of("integer", "long", "short", "double"),
      Kind.OTHER, Set.of("string", "boolean", "integer", "long", "short", "double", "date", "json"));

  private final ZoneId zone;

  SubmittedAnswers(ZoneId zone) {
    this.zone = zone;
  }

  /** receiver: who refuses, in Swedish ("Uppgiften", "Starten"). */
  void check(JsonNode variables, FormFields form, String receiver) {
    if (variables == null || variables.isMissingNode() || variables.isNull()) {
      return;
    }
    if (!variables.isObject()) {
      throw GateRefusal.invalidRequest("Ogiltig begäran: variables ska vara ett JSON-objekt");
    }
    List<String> refused = new ArrayList<>();
    for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!form.asksFor(name) || SET_BY_THE_SERVICE.contains(name)) {
        refused.add(name);
      }
    }
    if (!refused.isEmpty()) {
      throw new Refusal(receiver + " tar inte emot: "
          + String.join(", ", refused.stream().map(SubmittedAnswers::shortened).toList()));
    }
    variables.fields().forEachRemaining(entry ->
        checkValue(entry.getKey(), entry.getValue(), form.field(entry.getKey()).orElseThrow()));
  }

  private void checkValue(String name, JsonNode entry, FormField field) {
    if (!entry.isObject() || !ENTRY_FIELDS.containsAll(fieldNames(entry))
        || !(entry.path("valueInfo").isMissingNode() || entry.path("valueInfo").isNull()
            || entry.path("valueInfo").isObject())) {
      throw GateRefusal.invalidRequest(
          "Ogiltig begäran: variabeln " + name + " ska vara ett objekt med value och type");
    }
    Optional<ContractVariable> contract = Contract.named(name);
    String label = contract.map(ContractVariable::label).orElse(field.label());
    Kind kind = contract.map(SubmittedAnswers::kindOf).orElseGet(() -> kindOf(field.type()));
    JsonNode value = entry.path("value");
    String type = entry.path("type").isTextual() ? entry.path("type").asText().toLowerCase(Locale.ROOT) : null;
    if (type != null && !TYPES.get(kind).contains(type)) {
      throw wrongValue(kind, label);
    }
    if (value.isMissingNode() || value.isNull()) {
      return;
    }
    switch (kind) {
      case QUESTION -> question(value, label);
      case DATE -> date(value, "date".equals(type), label);
      case TEXT -> text(value, field, label);
      case NUMBER -> {
        if (!value.isNumber()) {
          throw wrongValue(kind, label);
        }
      }
      case OTHER -> {
        if (value.isTextual()) {
          text(value, field, label);
        }
      }
    }
  }

  private static void question(JsonNode value, String label) {
    boolean answer = value.isBoolean()
        || value.isTextual() && Set.of("true", "false").contains(value.asText().strip().toLowerCase(Locale.ROOT));
    if (!answer) {
      throw wrongValue(Kind.QUESTION, label);
    }
  }

  private void date(JsonNode value, boolean restDate, String label) {
    if (!value.isTextual()) {
      throw wrongValue(Kind.DATE, label);
    }
    String text = value.asText();
    LocalDateTime date = restDate ? restDate(text, label) : ProcessDates.toLocalDateTime(text, zone, label);
    if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
      throw new Refusal("Ogiltigt datum för " + label + ": året ska vara mellan " + FIRST_YEAR
          + " och " + LAST_YEAR);
    }
  }

  private LocalDateTime restDate(String text, String label) {
    SimpleDateFormat format = new SimpleDateFormat(REST_DATE_FORMAT);
    format.setLenient(false);
    try {
      return LocalDateTime.ofInstant(format.parse(text).toInstant(), zone);
    } catch (ParseException e) {
      throw new Refusal("Ogiltigt datum för " + label
          + ": ange datum och tid som ÅÅÅÅ-MM-DDTtt:mm:ss.SSS+hhmm");
    }
  }

  private static void text(JsonNode value, FormField field, String label) {
    if (!value.isTextual()) {
      throw wrongValue(Kind.TEXT, label);
    }
    String text = value.asText();
    if (text.indexOf('\u0000') >= 0) {
      throw new Refusal("Ogiltigt värde för " + label + ": texten innehåller otillåtna tecken");
    }
    int max = field.maxLength().orElse(DEFAULT_MAX_LENGTH);
    if (text.codePointCount(0, text.length()) > max) {
      throw new Refusal("Ogiltigt värde för " + label + ": högst " + max + " tecken");
    }
  }

  private static Refusal wrongValue(Kind kind, String label) {
    return new Refusal("Ogiltigt värde för " + label + switch (kind) {
      case QUESTION -> ": ange ja eller nej";
      case DATE -> ": ange datum som ÅÅÅÅ-MM-DD";
      case TEXT -> ": ange text";
      case NUMBER -> ": ange ett tal";
      case OTHER -> ": fel typ";
    });
  }

  private static Kind kindOf(ContractVariable variable) {
    if (variable instanceof BooleanVariable) {
      return Kind.QUESTION;
    }
    if (variable instanceof DateVariable) {
      return Kind.DATE;
    }
    if (variable instanceof TextVariable) {
      return Kind.TEXT;
    }
    return Kind.NUMBER;
  }

  private static Kind kindOf(String formType) {
    return switch (formType) {
      case "checkbox" -> Kind.QUESTION;
      case "datetime" -> Kind.DATE;
      case "number" -> Kind.NUMBER;
      case "textfield", "textarea", "select", "radio" -> Kind.TEXT;
      default -> Kind.OTHER;
    };
  }

  /** A name as the caller sent it, but never a page of it back. */
  private static String shortened(String name) {
    return name.length() <= MAX_NAME_SHOWN ? name : name.substring(0, MAX_NAME_SHOWN) + "…";
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
