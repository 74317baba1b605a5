package se.digitalalas.routine.lasvredavslut;

/** The ids of lasvred-avslut (Avslut av kund – låsvred, Phoniro): the contract its tests and integrations use. */
public final class LasvredAvslut {

  public static final String PROCESS_ID = "lasvred-avslut";

  public static final String START_EVENT_AVSLUT_AV_KUND = "StartEvent_AvslutAvKund";

  public static final String TASK_INFORMERA_UTFORARE_LASET_SITTER_KVAR = "Task_InformeraUtforareLasetSitterKvar";
  public static final String TASK_BESTALL_AVINSTALLATION = "Task_BestallAvinstallation";
  public static final String TASK_TA_BORT_KOPPLING = "Task_TaBortKoppling";

  public static final String TASK_KONTROLLERA_UTFORARE_INFORMERAD = "Task_KontrolleraUtforareInformerad";
  public static final String TASK_ANTECKNA_LASET_SITTER_KVAR = "Task_AntecknaLasetSitterKvar";
  public static final String TASK_KONTROLLERA_DELAT_LAS = "Task_KontrolleraDelatLas";
  public static final String TASK_KONTROLLERA_AVINSTALLATIONSBESTALLNING = "Task_KontrolleraAvinstallationsbestallning";
  public static final String TASK_REGISTRERA_KVITTENSPRODUKT_NEDTAGEN = "Task_RegistreraKvittensproduktNedtagen";
  public static final String TASK_SKICKA_AVINSTALLATIONSBESTALLNING = "Task_SkickaAvinstallationsbestallning";
  public static final String TASK_KONTROLLERA_KOPPLING_BORTTAGEN = "Task_KontrolleraKopplingBorttagen";
  public static final String TASK_REGISTRERA_AVINSTALLERAT_LASVRED = "Task_RegistreraAvinstalleratLasvred";
  public static final String TASK_KOPPLA_FRAN_BRUKARE = "Task_KopplaFranBrukare";

  public static final String EVENT_AVINSTALLATION_UTFORD = "Event_AvinstallationUtford";

  public static final String GATEWAY_TRYGGHETSLARM_KVAR = "Gateway_TrygghetslarmKvar";
  public static final String GATEWAY_LASET_DELAS = "Gateway_LasetDelas";
  public static final String GATEWAY_HAR_KVITTENSPRODUKT = "Gateway_HarKvittensprodukt";
  public static final String GATEWAY_KVITTENSPRODUKT_HANTERAD = "Gateway_KvittensproduktHanterad";
  public static final String GATEWAY_TILL_TA_BORT_KOPPLING = "Gateway_TillTaBortKoppling";
  public static final String GATEWAY_AVINSTALLERAT_ELLER_DELAT = "Gateway_AvinstalleratEllerDelat";

  public static final String END_EVENT_LASET_SITTER_KVAR = "EndEvent_LasetSitterKvar";
  public static final String END_EVENT_LASVRED_AVINSTALLERAT = "EndEvent_LasvredAvinstallerat";
  public static final String END_EVENT_BRUKARE_FRANKOPPLAD = "EndEvent_BrukareFrankopplad";

  private LasvredAvslut() {
  }
}
