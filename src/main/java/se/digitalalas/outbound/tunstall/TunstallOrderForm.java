package se.digitalalas.outbound.tunstall;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.digitalalas.outbound.document.PrintedValues;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.casereference.CaseReference;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.key.Key;
import se.digitalalas.registry.key.KeyHolder;

/**
 * The order of a digital lock from Tunstall (Beställningsblankett, HBG step 6), field by field as on
 * the paper form: who the kund is and where the lock goes, how Tunstall's fitter gets in (portkod,
 * a physical key and where it is kept), who orders and when. personnummer is 12 digits or as
 * registered; postnummer 5 digits or as registered. Required: caseReference, kundNamn, personnummer, adress,
 * bestallareNamn, bestallareGrupp, bestallningsdatum; any other field may be null (not known).
 * nyckelnummer and nyckelposition only mean something when fysiskNyckelFinns. caseReference is the
 * routine's business key (DL-…): Tunstall names the case by it when it confirms the installation.
 */
public record TunstallOrderForm(
    CaseReference caseReference,
    String kundNamn,
    String personnummer,
    String adress,
    String postnummer,
    String ort,
    String telefon,
    String portkod,
    String hemvardsomrade,
    boolean fysiskNyckelFinns,
    String nyckelnummer,
    String nyckelposition,
    String bestallareNamn,
    String bestallareGrupp,
    LocalDate bestallningsdatum,
    LocalDate onskatInstallationsdatum,
    String kommentar) {

  public TunstallOrderForm {
    Objects.requireNonNull(caseReference, "caseReference");
    PrintedValues.required(kundNamn, "kundNamn", "Tunstall order");
    PrintedValues.required(personnummer, "personnummer", "Tunstall order");
    PrintedValues.required(adress, "adress", "Tunstall order");
    PrintedValues.required(bestallareNamn, "bestallareNamn", "Tunstall order");
    PrintedValues.required(bestallareGrupp, "bestallareGrupp", "Tunstall order");
    Objects.requireNonNull(bestallningsdatum, "bestallningsdatum");
  }

  /**
   * The form as the registry has the kund: name, personnummer, phone and hemvårdsområde of the
   * brukare, address and portkod of the household, and the physical key Tunstall's fitter can use
   * (a set not handed back, hemtjänst's first).
   */
  public static TunstallOrderForm of(CaseReference caseReference, Brukare brukare, Household household,
      List<Key> keys,
      String bestallareNamn, String bestallareGrupp, LocalDate bestallningsdatum,
      LocalDate onskatInstallationsdatum, String kommentar) {
    Optional<Key> key = keys.stream()
        .filter(candidate -> candidate.returnedAt() == null && candidate.holder() != KeyHolder.BRUKARE)
        .min(Comparator.comparing((Key candidate) -> candidate.holder() != KeyHolder.HEMTJANST)
            .thenComparing(Key::id));
    return new TunstallOrderForm(caseReference, brukare.name(), brukare.personnummer(), household.address(),
        household.postalCode(), household.city(), brukare.phone(), household.portkod(),
        brukare.hemvardsomrade(), key.isPresent(), key.map(Key::keyNumber).orElse(null),
        key.map(Key::nyckelposition).orElse(null), bestallareNamn, bestallareGrupp,
        bestallningsdatum, onskatInstallationsdatum, kommentar);
  }

}
