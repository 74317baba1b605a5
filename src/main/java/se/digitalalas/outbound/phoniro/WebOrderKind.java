package se.digitalalas.outbound.phoniro;

/** What the provider orders through Phoniro's web order. */
public enum WebOrderKind {
  INSTALLATION("Installation av låsvred", "LasvredMonterat"),
  AVINSTALLATION("Avinstallation av låsvred", "AvinstallationUtford");

  private final String title;
  private final String confirmation;

  WebOrderKind(String title, String confirmation) {
    this.title = title;
    this.confirmation = confirmation;
  }

  public String title() {
    return title;
  }

  /** The message Phoniro's confirmation of this order arrives as. */
  public String confirmation() {
    return confirmation;
  }
}
