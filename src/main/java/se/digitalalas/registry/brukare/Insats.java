package se.digitalalas.registry.brukare;

/** The insatser a brukare can have, each with its own verkställighet. */
public enum Insats {
  HEMTJANST("hemtjänst"),
  TRYGGHETSLARM("trygghetslarm");

  private final String swedish;

  Insats(String swedish) {
    this.swedish = swedish;
  }

  public String swedish() {
    return swedish;
  }
}
