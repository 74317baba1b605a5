package se.digitalalas.web.gate;

import se.digitalalas.security.AsTheService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.security.VendorIntegration;
import se.digitalalas.web.ApiError;

/**
 * POST /engine-rest/message from a vendor's system: a message of its own, to the case named by
 * its business key (the case reference), carrying only that message's variables as short texts,
 * and only while the case waits for it. A repeated or late message changes nothing: 404 with the
 * reason. Administrators are not held here.
 */
final class VendorMessages {

  static final Set<String> MESSAGE_FIELDS = Set.of("messageName", "businessKey", "processVariables");
  static final int MAX_VALUE_LENGTH = 50;

  private final RuntimeService runtimeService;
  private final AsTheService asTheService;

  VendorMessages(RuntimeService runtimeService, IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.asTheService = new AsTheService(identityService);
  }

  void check(Caller caller, JsonNode body) {
    String name = body.path("messageName").asText("");
    VendorIntegration vendor = VendorIntegration.sending(name).orElseThrow(() -> GateRefusal.adminOnly(
        "Meddelandet " + (name.isBlank() ? "utan namn" : name) + " tas inte emot från integrationer"));
    if (!caller.groupIds().contains(vendor.groupId())) {
      throw GateRefusal.adminOnly("Endast " + vendor.displayName() + " får skicka " + name);
    }
    String businessKey = body.path("businessKey").asText("");
    if (businessKey.isBlank()) {
      throw new Refusal("businessKey saknas: ange ärendets referens");
    }
    checkVariables(name, body.path("processVariables"), vendor.variablesOf(name).orElseThrow());
    if (!isWaiting(name, businessKey)) {
      throw new GateRefusal(404, ApiError.notFound(
          "Inget ärende med den referensen väntar på " + name + " (okänd referens, eller redan bekräftat)"));
    }
  }

  private static void checkVariables(String name, JsonNode variables, Set<String> allowed) {
    if (variables.isMissingNode() || variables.isNull()) {
      variables = JsonNodeFactory.instance.objectNode();
    }
    if (!variables.isObject()) {
      throw new Refusal("processVariables ska vara ett JSON-objekt");
    }
    List<String> unknown = new ArrayList<>();
    variables.fieldNames().forEachRemaining(field -> {
      if (!allowed.contains(field)) {
        unknown.add(field);
      }
    });
    if (!unknown.isEmpty()) {
      throw new Refusal(name + " tar inte emot: " + String.join(", ", unknown));
    }
    for (String field : allowed) {
      JsonNode variable = variables.path(field);
      JsonNode value = variable.path("value");
      String type = variable.path("type").asText("String");
      if (!value.isTextual() || value.asText().isBlank() || !type.equalsIgnoreCase("String")) {
        throw new Refusal(field + " saknas eller är inte en text");
      }
      if (value.asText().length() > MAX_VALUE_LENGTH) {
        throw new Refusal(field + " är för långt (högst " + MAX_VALUE_LENGTH + " tecken)");
      }
    }
  }

  private boolean isWaiting(String name, String businessKey) {
    return asTheService.lookup(() -> runtimeService.createExecutionQuery()
        .processInstanceBusinessKey(businessKey)
        .messageEventSubscriptionName(name)
        .count() > 0);
  }
}
