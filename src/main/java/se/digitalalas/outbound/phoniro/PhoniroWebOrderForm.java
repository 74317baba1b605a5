package se.digitalalas.outbound.phoniro;

import java.time.LocalDate;
import java.util.Objects;
import se.digitalalas.outbound.document.PrintedValues;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.casereference.CaseReference;
import se.digitalalas.registry.household.Household;

/**
 * A web order to Phoniro (PT, hemtjänstutförare): install a låsvred for a new kund, or remove it
 * when the kund ends. Who the kund is and where the door is, how the locksmith gets in (portkod,
 * the key's number), which provider orders, who and when. caseReference is the routine's business
 * key (DL-…), which Phoniro's confirmation names. Required: kind, caseReference, kundNamn,
 * personnummer, adress, bestallare, bestallningsdatum; anything else may be null (not known).
 */
public record PhoniroWebOrderForm(
    WebOrderKind kind,
    CaseReference caseReference,
    String kundNamn,
    String personnummer,
    String adress,
    String postnummer,
    String ort,
    String telefon,
    String portkod,
    String utforare,
    String nyckelnummer,
    String serienummer,
    String bestallare,
    LocalDate bestallningsdatum) {

  public PhoniroWebOrderForm {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(caseReference, "caseReference");
    PrintedValues.required(kundNamn, "kundNamn", "Phoniro web order");
    PrintedValues.required(personnummer, "personnummer", "Phoniro web order");
    PrintedValues.required(adress, "adress", "Phoniro web order");
    PrintedValues.required(bestallare, "bestallare", "Phoniro web order");
    Objects.requireNonNull(bestallningsdatum, "bestallningsdatum");
  }

  /** The order as the registry has the kund and the household. */
  public static PhoniroWebOrderForm of(WebOrderKind kind, CaseReference caseReference, Brukare brukare,
      Household household, String utforare, String nyckelnummer, String serienummer, String bestallare,
      LocalDate bestallningsdatum) {
    return new PhoniroWebOrderForm(kind, caseReference, brukare.name(), brukare.personnummer(),
        household.address(), household.postalCode(), household.city(), brukare.phone(), household.portkod(),
        utforare, nyckelnummer, serienummer, bestallare, bestallningsdatum);
  }

}
