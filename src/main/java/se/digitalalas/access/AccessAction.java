package se.digitalalas.access;

/** What was done with the record: the access log's action column. */
public enum AccessAction {
  READ("Läsning"),
  CHANGE("Ändring");

  private final String swedish;

  AccessAction(String swedish) {
    this.swedish = swedish;
  }

  /** "Läsning", "Ändring": as the CSV export names it. */
  public String swedish() {
    return swedish;
  }
}
