package se.digitalalas.outbound.billing;

import java.time.LocalDate;
import java.util.Objects;
import se.digitalalas.outbound.document.PrintedValues;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.casereference.CaseReference;
import se.digitalalas.registry.household.Household;

/**
 * The underlagsblankett to socialkontoret for a customer placed by another municipality (PT,
 * "Övrigt"): who the kund is, which municipality placed them, the decision's period, the provider
 * who bills it on its own row of the hemtjänst invoice, who sends it and when. Required:
 * caseReference, kundNamn, personnummer, hemkommun, uppgiftslamnare, datum.
 */
public record BillingBasisForm(
    CaseReference caseReference,
    String kundNamn,
    String personnummer,
    String adress,
    String postnummer,
    String ort,
    String hemkommun,
    String utforare,
    LocalDate beslutsdatum,
    LocalDate beslutSlutdatum,
    String kommentar,
    String uppgiftslamnare,
    LocalDate datum) {

  public BillingBasisForm {
    Objects.requireNonNull(caseReference, "caseReference");
    PrintedValues.required(kundNamn, "kundNamn", "billing basis");
    PrintedValues.required(personnummer, "personnummer", "billing basis");
    PrintedValues.required(hemkommun, "hemkommun", "billing basis");
    PrintedValues.required(uppgiftslamnare, "uppgiftslamnare", "billing basis");
    Objects.requireNonNull(datum, "datum");
  }

  public static BillingBasisForm of(CaseReference caseReference, Brukare brukare, Household household,
      String utforare, LocalDate beslutSlutdatum, String kommentar, String uppgiftslamnare, LocalDate datum) {
    return new BillingBasisForm(caseReference, brukare.name(), brukare.personnummer(), household.address(),
        household.postalCode(), household.city(), brukare.hemkommun(), utforare, brukare.beslutsdatum(),
        beslutSlutdatum, kommentar, uppgiftslamnare, datum);
  }

}
