package se.digitalalas.routine.nedmonteringtrygghetslarm;

/** The ids of nedmontering-trygghetslarm (Nedmontering av digitalt lås – trygghetslarm): the contract its tests and integrations use. */
public final class NedmonteringTrygghetslarm {

  public static final String PROCESS_ID = "nedmontering-trygghetslarm";

  public static final String START_EVENT_LARM_AVSLUTAS = "StartEvent_LarmAvslutas";

  public static final String TASK_AVSLUTA_LARM_VERKSTALLIGHET = "Task_AvslutaLarmVerkstallighet";
  public static final String TASK_KONTROLLERA_HEMTJANST = "Task_KontrolleraHemtjanst";

  public static final String TASK_BERAKNA_NEDMONTERING_SENAST = "Task_BeraknaNedmonteringSenast";
  public static final String TASK_FLYTTA_TILL_HEMTJANST = "Task_FlyttaTillHemtjanst";
  public static final String TASK_KONTROLLERA_HEMTJANST_SVAR = "Task_KontrolleraHemtjanstSvar";
  public static final String TASK_KONTROLLERA_LAS = "Task_KontrolleraLas";
  public static final String TASK_REGISTRERA_AVSLUTAD_LARM_VERKSTALLIGHET = "Task_RegistreraAvslutadLarmVerkstallighet";

  public static final String ACTIVITY_LAS_NEDMONTERING = "Activity_LasNedmontering";

  public static final String GATEWAY_HEMTJANST_KVARSTAR = "Gateway_HemtjanstKvarstar";
  public static final String GATEWAY_LAS_FINNS = "Gateway_LasFinns";
  public static final String GATEWAY_NEDMONTERAT = "Gateway_Nedmonterat";

  public static final String END_EVENT_BRUKARE_FRANKOPPLAD = "EndEvent_BrukareFrankopplad";
  public static final String END_EVENT_FLYTTAD_TILL_HEMTJANST = "EndEvent_FlyttadTillHemtjanst";
  public static final String END_EVENT_INGET_LAS = "EndEvent_IngetLas";
  public static final String END_EVENT_LAS_NEDMONTERAT = "EndEvent_LasNedmonterat";

  private NedmonteringTrygghetslarm() {
  }
}
