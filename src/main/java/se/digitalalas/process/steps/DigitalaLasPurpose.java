package se.digitalalas.process.steps;

/**
 * Why the Digitala LÅS mail group is told (input parameter meddelandeSyfte of
 * digitalaLasMessage): the subject and the opening of the message.
 */
public enum DigitalaLasPurpose {
  INSTALLATION("Digitalt lås ska installeras",
      "Hemtjänstutföraren har gått igenom kontrollpunkterna. Brukaren ska få ett digitalt lås installerat."),
  NEDMONTERING("Digitalt lås ska nedmonteras",
      "Brukarens insatser avslutas. Det digitala låset ska nedmonteras inom 14 dagar från sista "
          + "avslutsdatum."),
  TRYGGHETSLARM("Trygghetslarm avslutas – digitalt lås",
      "Brukarens trygghetslarm avslutas. Kontrollera om det digitala låset ska sitta kvar."),
  SAMMANBOENDE("Sammanboende ska kopplas till digitalt lås",
      "En sammanboende ska kopplas till hushållets digitala lås.");

  private final String subject;
  private final String opening;

  DigitalaLasPurpose(String subject, String opening) {
    this.subject = subject;
    this.opening = opening;
  }

  public String subject() {
    return subject;
  }

  public String opening() {
    return opening;
  }
}
