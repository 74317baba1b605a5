package se.digitalalas.routine.byteavutforare;

/** The ids of byte-av-utforare (Byte av utförare): the contract its tests and integrations use. */
public final class ByteAvUtforare {

  public static final String PROCESS_ID = "byte-av-utforare";

  public static final String START_EVENT_BYTE_AV_UTFORARE = "StartEvent_ByteAvUtforare";

  public static final String TASK_INFORMERA_NY_UTFORARE = "Task_InformeraNyUtforare";
  public static final String TASK_INFORMERA_TIDIGARE_UTFORARE = "Task_InformeraTidigareUtforare";

  public static final String TASK_KONTROLLERA_NY_UTFORARE_INFORMERAD = "Task_KontrolleraNyUtforareInformerad";
  public static final String TASK_KONTROLLERA_TIDIGARE_UTFORARE_INFORMERAD =
      "Task_KontrolleraTidigareUtforareInformerad";
  public static final String TASK_REGISTRERA_BYTE_AV_UTFORARE = "Task_RegistreraByteAvUtforare";

  public static final String END_EVENT_UTFORARE_BYTT = "EndEvent_UtforareBytt";

  private ByteAvUtforare() {
  }
}
