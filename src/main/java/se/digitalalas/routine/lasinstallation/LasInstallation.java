package se.digitalalas.routine.lasinstallation;

/** The element ids of las-installation: the contract its tests, integrations and process owners rely on. */
public final class LasInstallation {

  public static final String PROCESS_ID = "las-installation";

  public static final String START_EVENT_INSTALLATION_BESTALLD = "StartEvent_InstallationBestalld";

  public static final String TASK_BOKA_INSTALLATION = "Task_BokaInstallation";
  public static final String TASK_INSTALLERA_LAS = "Task_InstalleraLas";

  public static final String TASK_KONTROLLERA_BOKNING = "Task_KontrolleraBokning";
  public static final String TASK_REGISTRERA_INSTALLATION = "Task_RegistreraInstallation";

  public static final String END_EVENT_LAS_INSTALLERAT = "EndEvent_LasInstallerat";

  private LasInstallation() {
  }
}
