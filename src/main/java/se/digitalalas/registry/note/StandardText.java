package se.digitalalas.registry.note;

/** The routine's standard documentation texts (LP §2a), word for word. */
public enum StandardText {
  KODLAS("Har kodlås på ytterdörr. Digitalt lås kan inte installeras."),
  OPPNAR_SJALV("Öppnar dörren själv vid hemtjänstinsatser. Har inget digitalt lås."),
  OVERENSKOMMET_INGET_LAS(
      "Överenskommet med biståndshandläggare att digitalt lås inte ska installeras.");

  private final String text;

  StandardText(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
