package se.digitalalas.outbound.mail;

/** The element ids of meddelande-utskick, the internal process that sends one stored message. */
public final class MeddelandeUtskick {

  public static final String PROCESS_ID = "meddelande-utskick";

  public static final String START_EVENT_MEDDELANDE_LAGRAT = "StartEvent_MeddelandeLagrat";

  public static final String TASK_SKICKA_MEDDELANDE = "Task_SkickaMeddelande";

  public static final String END_EVENT_MEDDELANDE_SKICKAT = "EndEvent_MeddelandeSkickat";

  private MeddelandeUtskick() {
  }
}
