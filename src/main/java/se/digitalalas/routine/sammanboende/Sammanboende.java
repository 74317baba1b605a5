package se.digitalalas.routine.sammanboende;

/** The ids of sammanboende (Sammanboende med digital låsenhet, LKP): the contract its tests and integrations use. */
public final class Sammanboende {

  public static final String PROCESS_ID = "sammanboende";

  public static final String START_EVENT_SAMMANBOENDE_BESTALLT = "StartEvent_SammanboendeBestallt";

  public static final String TASK_KONTROLLERA_VERKSTALLDA_INSATSER = "Task_KontrolleraVerkstalldaInsatser";
  public static final String GATEWAY_INSATSER_VERKSTALLDA = "Gateway_InsatserVerkstallda";
  public static final String TASK_ORDNA_VERKSTALLD_INSATS = "Task_OrdnaVerkstalldInsats";
  public static final String TASK_REGISTRERA_VERKSTALLD_INSATS = "Task_RegistreraVerkstalldInsats";
  public static final String GATEWAY_INSATSER_KLARA = "Gateway_InsatserKlara";
  public static final String TASK_KONTROLLERA_HUSHALLETS_LAS = "Task_KontrolleraHushalletsLas";
  public static final String TASK_SKICKA_ARENDE_TILL_VALFARDSTEKNIK = "Task_SkickaArendeTillValfardsteknik";
  public static final String GATEWAY_LASENHET_FINNS = "Gateway_LasenhetFinns";
  public static final String TASK_BERAKNA_INSTALLATIONSPAMINNELSE = "Task_BeraknaInstallationspaminnelse";
  public static final String ACTIVITY_LAS_INSTALLATION = "Activity_LasInstallation";
  public static final String GATEWAY_LASENHET_PA_PLATS = "Gateway_LasenhetPaPlats";
  public static final String TASK_KOPPLA_SAMMANBOENDE = "Task_KopplaSammanboende";
  public static final String TASK_KONTROLLERA_KOPPLING = "Task_KontrolleraKoppling";
  public static final String TASK_REGISTRERA_SAMMANKOPPLING = "Task_RegistreraSammankoppling";

  public static final String END_EVENT_SAMMANKOPPLAD = "EndEvent_Sammankopplad";

  private Sammanboende() {
  }
}
