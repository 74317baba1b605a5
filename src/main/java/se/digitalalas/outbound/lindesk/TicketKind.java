package se.digitalalas.outbound.lindesk;

/** LKP's two orders: both cohabitants at the same time, or one joining an existing brukare's lock unit. */
public enum TicketKind {
  SAMTIDIGT("Båda sammanboende vid samma tidpunkt"),
  TILLKOMMANDE("Tillkommande sammanboende till befintlig brukares låsenhet");

  private final String title;

  TicketKind(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
