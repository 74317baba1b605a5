package se.digitalalas.outbound.lindesk;

import java.time.LocalDate;
import java.util.Objects;
import se.digitalalas.registry.casereference.CaseReference;

/**
 * The verksamhet's ticket to välfärdsteknikteamet in Lindesk (LKP): who the two cohabitants are,
 * where they live, whether the building needs a portkod (the code itself stays in the registry,
 * for those who go to the door), whom to call to book an installation, the lock unit already on
 * the door (its serial number) or none (a unit must be mounted), who orders and when.
 * caseReference is the routine's business key (DL-…). Required: kind, caseReference, both
 * cohabitants, adress, bestallare, bestallningsdatum; the rest may be null (not known).
 */
public record LindeskTicketForm(
    TicketKind kind,
    CaseReference caseReference,
    Cohabitant first,
    Cohabitant second,
    String adress,
    String postnummer,
    String ort,
    boolean portkodKravs,
    String kontaktTidsbokning,
    String befintligLasenhet,
    String bestallare,
    LocalDate bestallningsdatum) {

  /** One of the two; role as printed ("Sammanboende", "Tillkommande sammanboende", "Befintlig brukare"). */
  public record Cohabitant(String role, String namn, String personnummer) {

    public Cohabitant {
      required(role, "role");
      required(namn, "namn");
      required(personnummer, "personnummer");
    }
  }

  public LindeskTicketForm {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(caseReference, "caseReference");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    required(adress, "adress");
    required(bestallare, "bestallare");
    Objects.requireNonNull(bestallningsdatum, "bestallningsdatum");
  }

  /** No lock unit on the door yet: one must be mounted, and välfärdsteknikteamet books it. */
  public boolean installationBehovs() {
    return befintligLasenhet == null || befintligLasenhet.isBlank();
  }

  private static void required(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("The Lindesk ticket needs " + name);
    }
  }
}
