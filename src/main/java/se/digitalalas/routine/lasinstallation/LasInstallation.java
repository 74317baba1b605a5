package se.digitalalas.routine.lasinstallation;

/** The element ids of las-installation: the contract its tests, integrations and process owners rely on. */
public final class LasInstallation {

  public static final String PROCESS_ID = "las-installation";

  public static final String START_EVENT_INSTALLATION_BESTALLD = "StartEvent_InstallationBestalld";

  public static final String TASK_BOKA_INSTALLATION = "Task_BokaInstallation";
  public static final String TASK_INSTALLERA_LAS = "Task_InstalleraLas";

  public static final String TASK_KONTROLLERA_HUSHALLETS_LAS = "Task_KontrolleraHushalletsLas";
  public static final String TASK_KOPPLA_TILL_BEFINTLIGT_LAS = "Task_KopplaTillBefintligtLas";
  public static final String TASK_KONTROLLERA_BOKNING = "Task_KontrolleraBokning";
  public static final String TASK_REGISTRERA_INSTALLATION = "Task_RegistreraInstallation";

  public static final String GATEWAY_HUSHALLET_HAR_LAS = "Gateway_HushalletHarLas";
  public static final String GATEWAY_NYTT_ELLER_BEFINTLIGT_LAS = "Gateway_NyttEllerBefintligtLas";
  public static final String GATEWAY_KOPPLAD_TILL_BEFINTLIGT_LAS = "Gateway_KoppladTillBefintligtLas";

  public static final String END_EVENT_LAS_INSTALLERAT = "EndEvent_LasInstallerat";
  public static final String END_EVENT_KOPPLAD_TILL_BEFINTLIGT_LAS = "EndEvent_KoppladTillBefintligtLas";

  private LasInstallation() {
  }
}
