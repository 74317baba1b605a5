package se.digitalalas.testsupport;

import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.testsupport.EngineRestClient.variable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/** Typed REST answers to the tasks several walkthroughs complete, as an integration sends them. */
public final class RestAnswers {

  private RestAnswers() {
  }

  /** Task_BedomLasbehov: does not open the door herself, wants a lock. */
  public static Map<String, Object> lasbehov(boolean harKodlas, boolean fysiskaNycklarFinns) {
    return Map.of(
        HAR_KODLAS.name(), variable(harKodlas, "Boolean"),
        FYSISKA_NYCKLAR_FINNS.name(), variable(fysiskaNycklarFinns, "Boolean"),
        OPPNAR_SJALV.name(), variable(false, "Boolean"),
        VILL_INTE_HA_LAS.name(), variable(false, "Boolean"));
  }

  /** Task_InstalleraLas with every montör checkpoint confirmed. */
  public static Map<String, Object> installation(String serienummer) {
    return Map.of(
        SERIENUMMER.name(), variable(serienummer, "String"),
        LEVERANTOR.name(), variable("PHONIRO", "String"),
        LAS_KOPPLAT_TILL_BRUKARE.name(), variable(true, "Boolean"),
        LASVRED_MARKT_MED_NYCKELNUMMER.name(), variable(true, "Boolean"),
        ARBETET_UTFORT.name(), variable(true, "Boolean"));
  }

  /** The start of processes 2 and 4: nothing but the personnummer of a registered brukare. */
  public static Map<String, Object> personnummer(String personnummer) {
    return Map.of(PERSONNUMMER.name(), variable(personnummer, "String"));
  }

  /** A Date variable for a day: its start where the service is, as Camunda's REST API reads it. */
  public static Map<String, Object> day(LocalDate day) {
    return variable(RoutineDriver.REST_DATE.format(day.atStartOfDay(RoutineDriver.SERVICE_ZONE)), "Date");
  }

  /** A Date variable for a moment, as Camunda's REST API reads it. */
  public static Map<String, Object> time(OffsetDateTime time) {
    return variable(RoutineDriver.REST_DATE.format(time), "Date");
  }

  /** Task_AvslutaVerkstallighet (process 2): the hemtjänst verkställighet closed, its keys returned or not. */
  public static Map<String, Object> hemtjanstAvslutad(LocalDate closedOn, boolean nycklarAterlamnade) {
    return Map.of(
        VERKSTALLIGHET_AVSLUTAD_DATUM.name(), day(closedOn),
        FYSISKA_NYCKLAR_ATERLAMNADE.name(), variable(nycklarAterlamnade, "Boolean"));
  }

  /** Task_AvslutaLarmVerkstallighet (processes 2 and 4): the trygghetslarm verkställighet closed. */
  public static Map<String, Object> larmAvslutat(LocalDate closedOn) {
    return Map.of(VERKSTALLIGHET_AVSLUTAD_DATUM.name(), day(closedOn));
  }

  /** Task_BedomTrygghetslarm (process 2). */
  public static Map<String, Object> trygghetslarmKvar(boolean kvar) {
    return Map.of(TRYGGHETSLARM_KVAR.name(), variable(kvar, "Boolean"));
  }

  /** Task_KontrolleraHemtjanst (process 4). */
  public static Map<String, Object> hemtjanstKvarstar(boolean kvarstar) {
    return Map.of(HEMTJANST_KVARSTAR.name(), variable(kvarstar, "Boolean"));
  }

  /** Task_BokaNedmontering (process 6). */
  public static Map<String, Object> bokadNedmontering(OffsetDateTime bokadTid) {
    return Map.of(BOKAD_TID.name(), time(bokadTid));
  }

  /** Task_NedmonteraLas (process 6) with all five montör checkpoints confirmed. */
  public static Map<String, Object> nedmontering() {
    return Map.of(
        LAS_FRANKOPPLAT_FRAN_BRUKARE.name(), variable(true, "Boolean"),
        ORDINARIE_LASVRED_ATERSTALLT.name(), variable(true, "Boolean"),
        LARMNYCKLAR_ATERLAMNADE.name(), variable(true, "Boolean"),
        NYCKELKVITTENS_SIGNERAD.name(), variable(true, "Boolean"),
        ARBETET_UTFORT.name(), variable(true, "Boolean"));
  }

  /** Task_KontrolleraFrankoppling (process 6): unlinked in Axsor and in Phoniro. */
  public static Map<String, Object> frankoppling() {
    return Map.of(
        NYCKELNUMMER_FRANKOPPLAT_I_AXSOR.name(), variable(true, "Boolean"),
        SERIENUMMER_FRANKOPPLAT_I_PHONIRO.name(), variable(true, "Boolean"));
  }

  /** The follow-up of a reminder or an escalation of a late removal (process 6). */
  public static Map<String, Object> uppfoljning(String kommentar) {
    return Map.of(UPPFOLJNINGSKOMMENTAR.name(), variable(kommentar, "String"));
  }
}
