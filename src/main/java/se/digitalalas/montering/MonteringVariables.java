package se.digitalalas.montering;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import se.digitalalas.process.ProcessDates;

/** The process variables of montering-bistandsbedomd, typed. Names are the contract. */
final class MonteringVariables {

  private static final String PERSONNUMMER = "personnummer";
  private static final String NAMN = "namn";
  private static final String ADRESS = "adress";
  private static final String POSTNUMMER = "postnummer";
  private static final String ORT = "ort";
  private static final String TELEFON = "telefon";
  private static final String PORTKOD = "portkod";
  private static final String HEMVARDSOMRADE = "hemvardsomrade";
  private static final String INSATS_HEMTJANST = "insatsHemtjanst";
  private static final String INSATS_TRYGGHETSLARM = "insatsTrygghetslarm";
  private static final String BESLUTSDATUM = "beslutsdatum";
  private static final String BRUKARE_ID = "brukareId";
  private static final String LAS_FINNS = "lasFinns";
  private static final String HAR_KODLAS = "harKodlas";
  private static final String FYSISKA_NYCKLAR_FINNS = "fysiskaNycklarFinns";
  private static final String OPPNAR_SJALV = "oppnarSjalv";
  private static final String VILL_INTE_HA_LAS = "villInteHaLas";
  private static final String NYCKELNUMMER = "nyckelnummer";
  private static final String NYCKELNUMMER_LARMGRUPP = "nyckelnummerLarmgrupp";
  private static final String INSTALLATION_PAMINNELSE = "installationPaminnelse";
  private static final String STANDARDTEXT = "standardtext";
  private static final String NFC_ETIKETT_UPPSATT = "nfcEtikettUppsatt";
  private static final String NFC_ETIKETT_NEDTAGEN = "nfcEtikettNedtagen";

  private final VariableScope scope;

  MonteringVariables(VariableScope scope) {
    this.scope = scope;
  }

  String personnummer() {
    return text(PERSONNUMMER);
  }

  void setPersonnummer(String twelveDigits) {
    scope.setVariable(PERSONNUMMER, twelveDigits);
  }

  String namn() {
    return text(NAMN);
  }

  String adress() {
    return text(ADRESS);
  }

  String postnummer() {
    return text(POSTNUMMER);
  }

  String ort() {
    return text(ORT);
  }

  String telefon() {
    return text(TELEFON);
  }

  String portkod() {
    return text(PORTKOD);
  }

  String hemvardsomrade() {
    return text(HEMVARDSOMRADE);
  }

  boolean insatsHemtjanst() {
    return isTrue(INSATS_HEMTJANST);
  }

  boolean insatsTrygghetslarm() {
    return isTrue(INSATS_TRYGGHETSLARM);
  }

  /** Missing insats booleans become false, so gateway expressions can read them. */
  void defaultInsatser() {
    scope.setVariable(INSATS_HEMTJANST, insatsHemtjanst());
    scope.setVariable(INSATS_TRYGGHETSLARM, insatsTrygghetslarm());
  }

  LocalDate beslutsdatum(ZoneId zone) {
    return ProcessDates.toLocalDate(scope.getVariable(BESLUTSDATUM), zone, "beslutsdatum");
  }

  long brukareId() {
    Object id = scope.getVariable(BRUKARE_ID);
    if (id instanceof Number number) {
      return number.longValue();
    }
    throw new IllegalStateException("Variable brukareId is missing; orderIntake sets it at start");
  }

  void setBrukareId(long id) {
    scope.setVariable(BRUKARE_ID, id);
  }

  void setLasFinns(boolean lasFinns) {
    scope.setVariable(LAS_FINNS, lasFinns);
  }

  /** The answer to "kodlås på dörren?", when one has been given. */
  Optional<Boolean> harKodlas() {
    return bool(HAR_KODLAS);
  }

  void setHarKodlas(boolean harKodlas) {
    scope.setVariable(HAR_KODLAS, harKodlas);
  }

  Optional<Boolean> fysiskaNycklarFinns() {
    return bool(FYSISKA_NYCKLAR_FINNS);
  }

  Optional<Boolean> oppnarSjalv() {
    return bool(OPPNAR_SJALV);
  }

  Optional<Boolean> villInteHaLas() {
    return bool(VILL_INTE_HA_LAS);
  }

  String nyckelnummer() {
    return text(NYCKELNUMMER);
  }

  String nyckelnummerLarmgrupp() {
    return text(NYCKELNUMMER_LARMGRUPP);
  }

  void setInstallationPaminnelse(Date paminnelse) {
    scope.setVariable(INSTALLATION_PAMINNELSE, paminnelse);
  }

  String standardtext() {
    return text(STANDARDTEXT);
  }

  Optional<Boolean> nfcEtikettUppsatt() {
    return bool(NFC_ETIKETT_UPPSATT);
  }

  Optional<Boolean> nfcEtikettNedtagen() {
    return bool(NFC_ETIKETT_NEDTAGEN);
  }

  /** Trimmed; null when missing or blank. */
  private String text(String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  private boolean isTrue(String name) {
    return bool(name).orElse(false);
  }

  private Optional<Boolean> bool(String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Boolean b) {
      return Optional.of(b);
    }
    if (value instanceof String s && !s.isBlank()) {
      return Optional.of(Boolean.parseBoolean(s.strip()));
    }
    return Optional.empty();
  }
}
