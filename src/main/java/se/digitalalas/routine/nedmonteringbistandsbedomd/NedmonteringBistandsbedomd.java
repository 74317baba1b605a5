package se.digitalalas.routine.nedmonteringbistandsbedomd;

/** The ids of nedmontering-bistandsbedomd (Nedmontering av digitalt lås – biståndsbedömda insatser): the contract its tests and integrations use. */
public final class NedmonteringBistandsbedomd {

  public static final String PROCESS_ID = "nedmontering-bistandsbedomd";

  public static final String START_EVENT_AVBESTALLNING_MOTTAGEN = "StartEvent_AvbestallningMottagen";

  public static final String TASK_AVSLUTA_LARM_VERKSTALLIGHET = "Task_AvslutaLarmVerkstallighet";
  public static final String TASK_AVSLUTA_VERKSTALLIGHET = "Task_AvslutaVerkstallighet";
  public static final String TASK_BEDOM_TRYGGHETSLARM = "Task_BedomTrygghetslarm";

  public static final String TASK_BERAKNA_NEDMONTERING_SENAST = "Task_BeraknaNedmonteringSenast";
  public static final String TASK_KONTROLLERA_BEDOMNING = "Task_KontrolleraBedomning";
  public static final String TASK_KONTROLLERA_LAS = "Task_KontrolleraLas";
  public static final String TASK_MEDDELA_DIGITALA_LAS = "Task_MeddelaDigitalaLas";
  public static final String TASK_REGISTRERA_AVSLUTAD_LARM_VERKSTALLIGHET = "Task_RegistreraAvslutadLarmVerkstallighet";
  public static final String TASK_REGISTRERA_AVSLUTAD_VERKSTALLIGHET = "Task_RegistreraAvslutadVerkstallighet";

  public static final String ACTIVITY_LAS_NEDMONTERING = "Activity_LasNedmontering";

  public static final String GATEWAY_ALLA_AVSLUTADE = "Gateway_AllaAvslutade";
  public static final String GATEWAY_HAR_TRYGGHETSLARM = "Gateway_HarTrygghetslarm";
  public static final String GATEWAY_LAS_FINNS = "Gateway_LasFinns";
  public static final String GATEWAY_NEDMONTERAT = "Gateway_Nedmonterat";
  public static final String GATEWAY_TRYGGHETSLARM_KVAR = "Gateway_TrygghetslarmKvar";

  public static final String END_EVENT_BRUKARE_FRANKOPPLAD = "EndEvent_BrukareFrankopplad";
  public static final String END_EVENT_INGET_LAS = "EndEvent_IngetLas";
  public static final String END_EVENT_LARM_KVAR_LASET_SITTER_KVAR = "EndEvent_LarmKvarLasetSitterKvar";
  public static final String END_EVENT_LAS_NEDMONTERAT = "EndEvent_LasNedmonterat";

  private NedmonteringBistandsbedomd() {
  }
}
