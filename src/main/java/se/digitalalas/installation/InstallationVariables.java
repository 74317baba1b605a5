package se.digitalalas.installation;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.VariableScope;
import se.digitalalas.process.ProcessDates;

/** The process variables of las-installation, typed. Names are the contract. */
final class InstallationVariables {

  private static final String BRUKARE_ID = "brukareId";
  private static final String SERIENUMMER = "serienummer";
  private static final String LEVERANTOR = "leverantor";
  private static final String NYCKELNUMMER = "nyckelnummer";
  private static final String BOKAD_TID = "bokadTid";

  private final VariableScope scope;

  InstallationVariables(VariableScope scope) {
    this.scope = scope;
  }

  long brukareId() {
    Object id = scope.getVariable(BRUKARE_ID);
    if (id instanceof Number number) {
      return number.longValue();
    }
    throw new IllegalStateException("Variable brukareId is missing; the calling process passes it");
  }

  String serienummer() {
    return text(SERIENUMMER);
  }

  String leverantor() {
    return text(LEVERANTOR);
  }

  String nyckelnummer() {
    return text(NYCKELNUMMER);
  }

  LocalDateTime bokadTid(ZoneId zone) {
    return ProcessDates.toLocalDateTime(scope.getVariable(BOKAD_TID), zone, "bokad tid");
  }

  private String text(String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }
}
