package se.digitalalas.routine.lasvrednykund;

/** The ids of lasvred-ny-kund (Ny kund – låsvred från Phoniro): the contract its tests and integrations use. */
public final class LasvredNyKund {

  public static final String PROCESS_ID = "lasvred-ny-kund";

  public static final String START_EVENT_NY_KUND = "StartEvent_NyKund";

  public static final String TASK_BESTALL_LASVRED = "Task_BestallLasvred";
  public static final String TASK_INFORMERA_KUND = "Task_InformeraKund";
  public static final String TASK_KOPPLA_KUND_TILL_LASVRED = "Task_KopplaKundTillLasvred";
  public static final String TASK_PAMINNELSE_WEBBESTALLNING = "Task_PaminnelseWebbestallning";
  public static final String TASK_SKICKA_FAKTURERINGSUNDERLAG = "Task_SkickaFaktureringsunderlag";
  public static final String TASK_TA_BORT_KVITTENSPRODUKT = "Task_TaBortKvittensprodukt";
  public static final String TASK_UPPFOLJNING_AV_BESLUT = "Task_UppfoljningAvBeslut";

  public static final String TASK_BERAKNA_UPPFOLJNING = "Task_BeraknaUppfoljning";
  public static final String TASK_BERAKNA_WEBBESTALLNING_PAMINNELSE = "Task_BeraknaWebbestallningPaminnelse";
  public static final String TASK_KONTROLLERA_BEFINTLIGT_LAS = "Task_KontrolleraBefintligtLas";
  public static final String TASK_KONTROLLERA_BESTALLNING = "Task_KontrolleraBestallning";
  public static final String TASK_KONTROLLERA_INFORMATION = "Task_KontrolleraInformation";
  public static final String TASK_KOPPLA_TILL_BEFINTLIGT_LAS = "Task_KopplaTillBefintligtLas";
  public static final String TASK_REGISTRERA_KOPPLING = "Task_RegistreraKoppling";
  public static final String TASK_REGISTRERA_KVITTENSPRODUKT = "Task_RegistreraKvittensprodukt";
  public static final String TASK_REGISTRERA_KVITTENSPRODUKT_BORTTAGEN = "Task_RegistreraKvittensproduktBorttagen";
  public static final String TASK_REGISTRERA_MONTERAT_LASVRED = "Task_RegistreraMonteratLasvred";
  public static final String TASK_REGISTRERA_NYCKLAR = "Task_RegistreraNycklar";
  public static final String TASK_REGISTRERA_UPPFOLJNING = "Task_RegistreraUppfoljning";
  public static final String TASK_SKICKA_UNDERLAGSBLANKETT = "Task_SkickaUnderlagsblankett";
  public static final String TASK_SKICKA_WEBBESTALLNING = "Task_SkickaWebbestallning";

  public static final String EVENT_INNAN_BESLUTET_SLUTAR = "Event_InnanBeslutetSlutar";
  public static final String EVENT_LASVRED_MONTERAT = "Event_LasvredMonterat";
  public static final String EVENT_WEBBESTALLNING_INTE_GJORD = "Event_WebbestallningInteGjord";

  public static final String GATEWAY_ANNAN_KOMMUN = "Gateway_AnnanKommun";
  public static final String GATEWAY_BESLUT_SLUTDATUM = "Gateway_BeslutSlutdatum";
  public static final String GATEWAY_LAS_FINNS = "Gateway_LasFinns";
  public static final String GATEWAY_LASVRED_OCH_UPPFOLJNING = "Gateway_LasvredOchUppfoljning";

  public static final String END_EVENT_ANNAN_KOMMUN = "EndEvent_AnnanKommun";
  public static final String END_EVENT_BESLUT_TILLS_VIDARE = "EndEvent_BeslutTillsVidare";
  public static final String END_EVENT_BESLUT_UPPFOLJT = "EndEvent_BeslutUppfoljt";
  public static final String END_EVENT_LAS_FINNS_REDAN = "EndEvent_LasFinnsRedan";
  public static final String END_EVENT_LASVRED_KOPPLAT = "EndEvent_LasvredKopplat";
  public static final String END_EVENT_PAMINNELSE_HANTERAD = "EndEvent_PaminnelseHanterad";

  private LasvredNyKund() {
  }
}
