package se.digitalalas.routine.monteringtrygghetslarm;

/** The ids of montering-trygghetslarm (Montering av digitalt lås – trygghetslarm): the contract its tests and integrations use. */
public final class MonteringTrygghetslarm {

  public static final String PROCESS_ID = "montering-trygghetslarm";

  public static final String START_EVENT_FORFRAGAN_MOTTAGEN = "StartEvent_ForfraganMottagen";

  public static final String TASK_BEDOM_INSTALLATION = "Task_BedomInstallation";
  public static final String TASK_FOLJ_UPP_INSTALLATION = "Task_FoljUppInstallation";
  public static final String TASK_KONTROLLERA_FYSISKA_NYCKLAR = "Task_KontrolleraFysiskaNycklar";
  public static final String TASK_SATT_UPP_NFC_ETIKETT = "Task_SattUppNfcEtikett";
  public static final String TASK_SATT_UPP_NFC_ETIKETT_UTAN_LAS = "Task_SattUppNfcEtikettUtanLas";
  public static final String TASK_TA_NED_NFC_ETIKETT = "Task_TaNedNfcEtikett";

  public static final String TASK_BERAKNA_INSTALLATIONSFRIST = "Task_BeraknaInstallationsfrist";
  public static final String TASK_DOKUMENTERA_KODLAS = "Task_DokumenteraKodlas";
  public static final String TASK_KONTROLLERA_BEDOMNING = "Task_KontrolleraBedomning";
  public static final String TASK_KONTROLLERA_BEFINTLIGT_LAS = "Task_KontrolleraBefintligtLas";
  public static final String TASK_KONTROLLERA_KANT_KODLAS = "Task_KontrolleraKantKodlas";
  public static final String TASK_KONTROLLERA_NYCKELSVAR = "Task_KontrolleraNyckelsvar";
  public static final String TASK_KOPPLA_TILL_BEFINTLIGT_LAS = "Task_KopplaTillBefintligtLas";
  public static final String TASK_REGISTRERA_KODLAS = "Task_RegistreraKodlas";
  public static final String TASK_REGISTRERA_NFC_NEDTAGEN = "Task_RegistreraNfcNedtagen";
  public static final String TASK_REGISTRERA_NFC_UPPSATT = "Task_RegistreraNfcUppsatt";
  public static final String TASK_REGISTRERA_NFC_UTAN_LAS = "Task_RegistreraNfcUtanLas";
  public static final String TASK_REGISTRERA_NYCKLAR = "Task_RegistreraNycklar";

  public static final String ACTIVITY_LAS_INSTALLATION = "Activity_LasInstallation";

  public static final String EVENT_INSTALLATION_FORSENAD = "Event_InstallationForsenad";

  public static final String GATEWAY_HAR_KODLAS = "Gateway_HarKodlas";
  public static final String GATEWAY_INSTALLERA_LAS = "Gateway_InstalleraLas";
  public static final String GATEWAY_LAS_FINNS = "Gateway_LasFinns";
  public static final String GATEWAY_PARALLELL = "Gateway_Parallell";
  public static final String GATEWAY_PARALLELL_KLAR = "Gateway_ParallellKlar";
  public static final String GATEWAY_UTAN_LAS = "Gateway_UtanLas";
  public static final String GATEWAY_VARFOR_UTAN_LAS = "Gateway_VarforUtanLas";

  public static final String END_EVENT_INGEN_INSTALLATION = "EndEvent_IngenInstallation";
  public static final String END_EVENT_KODLAS_KAN_INTE_INSTALLERAS = "EndEvent_KodlasKanInteInstalleras";
  public static final String END_EVENT_LAS_FINNS_REDAN = "EndEvent_LasFinnsRedan";
  public static final String END_EVENT_LAS_INSTALLERAT = "EndEvent_LasInstallerat";
  public static final String END_EVENT_PAMINNELSE_HANTERAD = "EndEvent_PaminnelseHanterad";

  private MonteringTrygghetslarm() {
  }
}
