package se.digitalalas.routine.lasnedmontering;

/** The ids of las-nedmontering (Nedmontering av digitalt lås): the contract its tests and integrations use. */
public final class LasNedmontering {

  public static final String PROCESS_ID = "las-nedmontering";

  public static final String START_EVENT_NEDMONTERING_BESTALLD = "StartEvent_NedmonteringBestalld";
  public static final String START_EVENT_NEDMONTERING_INOM_FRIST = "StartEvent_NedmonteringInomFrist";

  public static final String TASK_BOKA_NEDMONTERING = "Task_BokaNedmontering";
  public static final String TASK_ESKALERA_FORSENAD_NEDMONTERING = "Task_EskaleraForsenadNedmontering";
  public static final String TASK_KONTROLLERA_FRANKOPPLING = "Task_KontrolleraFrankoppling";
  public static final String TASK_NEDMONTERA_LAS = "Task_NedmonteraLas";
  public static final String TASK_NEDMONTERING_FORSENAD = "Task_NedmonteringForsenad";
  public static final String TASK_PAMINNELSE_NEDMONTERING = "Task_PaminnelseNedmontering";

  public static final String TASK_KONTROLLERA_BOKNING = "Task_KontrolleraBokning";
  public static final String TASK_KONTROLLERA_DELAT_LAS = "Task_KontrolleraDelatLas";
  public static final String TASK_KONTROLLERA_FRANKOPPLING_SVAR = "Task_KontrolleraFrankopplingSvar";
  public static final String TASK_KOPPLA_FRAN_BRUKARE = "Task_KopplaFranBrukare";
  public static final String TASK_REGISTRERA_NEDMONTERING = "Task_RegistreraNedmontering";

  public static final String EVENT_NEDMONTERING_FORSENAD = "Event_NedmonteringForsenad";
  public static final String EVENT_PAMINNELSE_NEDMONTERING = "Event_PaminnelseNedmontering";

  public static final String GATEWAY_FORSENAD = "Gateway_Forsenad";
  public static final String GATEWAY_LASET_DELAS = "Gateway_LasetDelas";

  public static final String END_EVENT_BRUKARE_FRANKOPPLAD = "EndEvent_BrukareFrankopplad";
  public static final String END_EVENT_ESKALERING_HANTERAD = "EndEvent_EskaleringHanterad";
  public static final String END_EVENT_FORSENING_HANTERAD = "EndEvent_ForseningHanterad";
  public static final String END_EVENT_LAS_NEDMONTERAT = "EndEvent_LasNedmonterat";
  public static final String END_EVENT_LASET_NEDTAGET = "EndEvent_LasetNedtaget";
  public static final String END_EVENT_PAMINNELSE_HANTERAD = "EndEvent_PaminnelseHanterad";

  public static final String ACTIVITY_NEDMONTERING_INOM_FRIST = "Activity_NedmonteringInomFrist";

  private LasNedmontering() {
  }
}
