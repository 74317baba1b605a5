package se.digitalalas.routine.lasinstallation;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.VariableScope;
import se.digitalalas.process.variables.ProcessDates;
import se.digitalalas.process.variables.VariableReader;

/** The process variables of las-installation, typed. Names are the contract. */
final class InstallationVariables {

  private static final String BRUKARE_ID = "brukareId";
  private static final String SERIENUMMER = "serienummer";
  private static final String LEVERANTOR = "leverantor";
  private static final String NYCKELNUMMER = "nyckelnummer";
  private static final String BOKAD_TID = "bokadTid";
  private static final String LAS_KOPPLAT_TILL_BRUKARE = "lasKopplatTillBrukare";
  private static final String LASVRED_MARKT_MED_NYCKELNUMMER = "lasvredMarktMedNyckelnummer";
  private static final String ARBETET_UTFORT = "arbetetUtfort";

  private final VariableReader read;

  InstallationVariables(VariableScope scope) {
    this.read = new VariableReader(scope);
  }

  long brukareId() {
    return read.id(BRUKARE_ID, "the calling process passes it");
  }

  String serienummer() {
    return read.text(SERIENUMMER);
  }

  String leverantor() {
    return read.text(LEVERANTOR);
  }

  String nyckelnummer() {
    return read.text(NYCKELNUMMER);
  }

  LocalDateTime bokadTid(ZoneId zone) {
    return ProcessDates.toLocalDateTime(read.raw(BOKAD_TID), zone, "bokad tid");
  }

  boolean lasKopplatTillBrukare() {
    return read.bool(LAS_KOPPLAT_TILL_BRUKARE).orElse(false);
  }

  boolean lasvredMarktMedNyckelnummer() {
    return read.bool(LASVRED_MARKT_MED_NYCKELNUMMER).orElse(false);
  }

  boolean arbetetUtfort() {
    return read.bool(ARBETET_UTFORT).orElse(false);
  }
}
