package se.digitalalas.routine.tunstallbestallning;

/** The ids of tunstall-bestallning (Beställning av digitalt lås – Tunstall): the contract its tests and integrations use. */
public final class TunstallBestallning {

  public static final String PROCESS_ID = "tunstall-bestallning";

  public static final String START_EVENT_ANSOKAN_MOTTAGEN = "StartEvent_AnsokanMottagen";

  public static final String TASK_FORVARA_LASKVITTENS = "Task_ForvaraLaskvittens";
  public static final String TASK_HAMTA_LASKVITTENS = "Task_HamtaLaskvittens";
  public static final String TASK_INFORMERA_OM_DIGITALA_LAS = "Task_InformeraOmDigitalaLas";
  public static final String TASK_PAMINNELSE_LASKVITTENS = "Task_PaminnelseLaskvittens";
  public static final String TASK_REGISTRERA_KONTAKTUPPGIFTER = "Task_RegistreraKontaktuppgifter";
  public static final String TASK_REGISTRERA_NYCKELPOSITION = "Task_RegistreraNyckelposition";
  public static final String TASK_REGISTRERA_TUNSTALL_INSTALLATION = "Task_RegistreraTunstallInstallation";
  public static final String TASK_SKICKA_BESTALLNING = "Task_SkickaBestallning";
  public static final String TASK_STARTA_VERKSTALLIGHET = "Task_StartaVerkstallighet";

  public static final String TASK_BERAKNA_LASKVITTENS_PAMINNELSE = "Task_BeraknaLaskvittensPaminnelse";
  public static final String TASK_BESTALL_FRAN_TUNSTALL = "Task_BestallFranTunstall";
  public static final String TASK_KONTROLLERA_BEFINTLIGT_LAS = "Task_KontrolleraBefintligtLas";
  public static final String TASK_KONTROLLERA_BESTALLNING = "Task_KontrolleraBestallning";
  public static final String TASK_KONTROLLERA_INFORMATION = "Task_KontrolleraInformation";
  public static final String TASK_KONTROLLERA_KONTAKTUPPGIFTER = "Task_KontrolleraKontaktuppgifter";
  public static final String TASK_KOPPLA_TILL_BEFINTLIGT_LAS = "Task_KopplaTillBefintligtLas";
  public static final String TASK_REGISTRERA_FORVARING = "Task_RegistreraForvaring";
  public static final String TASK_REGISTRERA_HAMTAD_LASKVITTENS = "Task_RegistreraHamtadLaskvittens";
  public static final String TASK_REGISTRERA_INSTALLERAT_LAS = "Task_RegistreraInstalleratLas";
  public static final String TASK_REGISTRERA_NYCKLAR = "Task_RegistreraNycklar";
  public static final String TASK_REGISTRERA_VERKSTALLIGHET = "Task_RegistreraVerkstallighet";

  public static final String EVENT_LASKVITTENS_INTE_HAMTAD = "Event_LaskvittensInteHamtad";
  public static final String EVENT_TUNSTALL_INSTALLATION_KLAR = "Event_TunstallInstallationKlar";

  public static final String GATEWAY_INSTALLATION_BEKRAFTAD = "Gateway_InstallationBekraftad";
  public static final String GATEWAY_LAS_FINNS = "Gateway_LasFinns";

  public static final String END_EVENT_LAS_FINNS_REDAN = "EndEvent_LasFinnsRedan";
  public static final String END_EVENT_LASKVITTENS_FORVARAD = "EndEvent_LaskvittensForvarad";
  public static final String END_EVENT_PAMINNELSE_HANTERAD = "EndEvent_PaminnelseHanterad";

  private TunstallBestallning() {
  }
}
