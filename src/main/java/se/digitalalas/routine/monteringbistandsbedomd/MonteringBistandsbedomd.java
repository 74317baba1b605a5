package se.digitalalas.routine.monteringbistandsbedomd;

/** The element ids of montering-bistandsbedomd: the contract its tests, integrations and process owners rely on. */
public final class MonteringBistandsbedomd {

  public static final String PROCESS_ID = "montering-bistandsbedomd";

  public static final String START_EVENT_BESTALLNING_MOTTAGEN = "StartEvent_BestallningMottagen";

  public static final String TASK_BEDOM_LASBEHOV = "Task_BedomLasbehov";
  public static final String TASK_BESLUTA_OM_LAS = "Task_BeslutaOmLas";
  public static final String TASK_FOLJ_UPP_INSTALLATION = "Task_FoljUppInstallation";
  public static final String TASK_PLANERA_INSTALLATION = "Task_PlaneraInstallation";
  public static final String TASK_SATT_UPP_NFC_ETIKETT = "Task_SattUppNfcEtikett";
  public static final String TASK_TA_IN_FYSISKA_NYCKLAR = "Task_TaInFysiskaNycklar";
  public static final String TASK_TA_NED_NFC_ETIKETT = "Task_TaNedNfcEtikett";

  public static final String TASK_BERAKNA_INSTALLATIONSFRIST = "Task_BeraknaInstallationsfrist";
  public static final String TASK_DOKUMENTERA_KODLAS = "Task_DokumenteraKodlas";
  public static final String TASK_DOKUMENTERA_OPPNAR_SJALV = "Task_DokumenteraOppnarSjalv";
  public static final String TASK_DOKUMENTERA_OVERENSKOMMELSE = "Task_DokumenteraOverenskommelse";
  public static final String TASK_KONTROLLERA_BEFINTLIGT_LAS = "Task_KontrolleraBefintligtLas";
  public static final String TASK_KONTROLLERA_BESLUT = "Task_KontrolleraBeslut";
  public static final String TASK_KONTROLLERA_KODLAS = "Task_KontrolleraKodlas";
  public static final String TASK_KONTROLLERA_SVAR = "Task_KontrolleraSvar";
  public static final String TASK_KOPPLA_TILL_BEFINTLIGT_LAS = "Task_KopplaTillBefintligtLas";
  public static final String TASK_MEDDELA_DIGITALA_LAS = "Task_MeddelaDigitalaLas";
  public static final String TASK_REGISTRERA_KODLAS = "Task_RegistreraKodlas";
  public static final String TASK_REGISTRERA_NFC_NEDTAGEN = "Task_RegistreraNfcNedtagen";
  public static final String TASK_REGISTRERA_NFC_UPPSATT = "Task_RegistreraNfcUppsatt";
  public static final String TASK_REGISTRERA_NYCKLAR = "Task_RegistreraNycklar";

  public static final String ACTIVITY_LAS_INSTALLATION = "Activity_LasInstallation";

  public static final String EVENT_INSTALLATION_FORSENAD = "Event_InstallationForsenad";

  public static final String GATEWAY_FYSISKA_NYCKLAR = "Gateway_FysiskaNycklar";
  public static final String GATEWAY_HAR_KODLAS = "Gateway_HarKodlas";
  public static final String GATEWAY_INSTALLERA_LAS = "Gateway_InstalleraLas";
  public static final String GATEWAY_KODLAS_DOKUMENTATION = "Gateway_KodlasDokumentation";
  public static final String GATEWAY_KODLAS_KANT = "Gateway_KodlasKant";
  public static final String GATEWAY_LAS_FINNS = "Gateway_LasFinns";
  public static final String GATEWAY_LAS_SKA_INSTALLERAS = "Gateway_LasSkaInstalleras";
  public static final String GATEWAY_NYCKLAR_KLARA = "Gateway_NycklarKlara";
  public static final String GATEWAY_OPPNAR_SJALV = "Gateway_OppnarSjalv";
  public static final String GATEWAY_PARALLELL = "Gateway_Parallell";
  public static final String GATEWAY_PARALLELL_KLAR = "Gateway_ParallellKlar";
  public static final String GATEWAY_VILL_INTE_HA_LAS = "Gateway_VillInteHaLas";

  public static final String END_EVENT_KODLAS_KAN_INTE_INSTALLERAS = "EndEvent_KodlasKanInteInstalleras";
  public static final String END_EVENT_LAS_FINNS_REDAN = "EndEvent_LasFinnsRedan";
  public static final String END_EVENT_LAS_INSTALLERAT = "EndEvent_LasInstallerat";
  public static final String END_EVENT_OPPNAR_SJALV = "EndEvent_OppnarSjalv";
  public static final String END_EVENT_OVERENSKOMMET_INGET_LAS = "EndEvent_OverenskommetIngetLas";
  public static final String END_EVENT_PAMINNELSE_HANTERAD = "EndEvent_PaminnelseHanterad";

  private MonteringBistandsbedomd() {
  }
}
