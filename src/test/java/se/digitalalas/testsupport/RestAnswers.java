package se.digitalalas.testsupport;

import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.testsupport.EngineRestClient.variable;

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
}
