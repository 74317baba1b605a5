package se.digitalalas.routine.sammanboende;

import java.util.Arrays;
import se.digitalalas.outbound.lindesk.TicketKind;
import se.digitalalas.refusal.Refusal;

/** bestallningstyp: both cohabitants at once, or one joining an existing brukare's lock unit. */
enum OrderKind {
  SAMTIDIGT("samtidigt", TicketKind.SAMTIDIGT),
  TILLKOMMANDE("tillkommande", TicketKind.TILLKOMMANDE);

  private final String value;
  private final TicketKind ticket;

  OrderKind(String value, TicketKind ticket) {
    this.value = value;
    this.ticket = ticket;
  }

  String value() {
    return value;
  }

  TicketKind ticket() {
    return ticket;
  }

  static OrderKind parse(String bestallningstyp) {
    return Arrays.stream(values())
        .filter(kind -> kind.value.equals(bestallningstyp == null ? null : bestallningstyp.strip()))
        .findFirst()
        .orElseThrow(() -> new Refusal(
            "Beställningstyp: välj samtidigt (båda sammanboende) eller tillkommande (till en befintlig brukares låsenhet)"));
  }
}
