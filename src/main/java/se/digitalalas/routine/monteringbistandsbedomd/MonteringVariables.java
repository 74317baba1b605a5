package se.digitalalas.routine.monteringbistandsbedomd;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import se.digitalalas.process.variables.ProcessDates;
import se.digitalalas.process.variables.VariableReader;

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
  private final VariableReader read;

  MonteringVariables(VariableScope scope) {
    this.scope = scope;
    this.read = new VariableReader(scope);
  }

  String personnummer() {
    return read.text(PERSONNUMMER);
  }

  void setPersonnummer(String twelveDigits) {
    scope.setVariable(PERSONNUMMER, twelveDigits);
  }

  String namn() {
    return read.text(NAMN);
  }

  String adress() {
    return read.text(ADRESS);
  }

  String postnummer() {
    return read.text(POSTNUMMER);
  }

  String ort() {
    return read.text(ORT);
  }

  String telefon() {
    return read.text(TELEFON);
  }

  String portkod() {
    return read.text(PORTKOD);
  }

  String hemvardsomrade() {
    return read.text(HEMVARDSOMRADE);
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
    return ProcessDates.toLocalDate(read.raw(BESLUTSDATUM), zone, "beslutsdatum");
  }

  long brukareId() {
    return read.id(BRUKARE_ID, "orderIntake sets it at start");
  }

  void setBrukareId(long id) {
    scope.setVariable(BRUKARE_ID, id);
  }

  void setLasFinns(boolean lasFinns) {
    scope.setVariable(LAS_FINNS, lasFinns);
  }

  /** The answer to "kodlås på dörren?", when one has been given. */
  Optional<Boolean> harKodlas() {
    return read.bool(HAR_KODLAS);
  }

  void setHarKodlas(boolean harKodlas) {
    scope.setVariable(HAR_KODLAS, harKodlas);
  }

  Optional<Boolean> fysiskaNycklarFinns() {
    return read.bool(FYSISKA_NYCKLAR_FINNS);
  }

  Optional<Boolean> oppnarSjalv() {
    return read.bool(OPPNAR_SJALV);
  }

  Optional<Boolean> villInteHaLas() {
    return read.bool(VILL_INTE_HA_LAS);
  }

  String nyckelnummer() {
    return read.text(NYCKELNUMMER);
  }

  String nyckelnummerLarmgrupp() {
    return read.text(NYCKELNUMMER_LARMGRUPP);
  }

  void setInstallationPaminnelse(Date paminnelse) {
    scope.setVariable(INSTALLATION_PAMINNELSE, paminnelse);
  }

  String standardtext() {
    return read.text(STANDARDTEXT);
  }

  Optional<Boolean> nfcEtikettUppsatt() {
    return read.bool(NFC_ETIKETT_UPPSATT);
  }

  Optional<Boolean> nfcEtikettNedtagen() {
    return read.bool(NFC_ETIKETT_NEDTAGEN);
  }

  private boolean isTrue(String name) {
    return read.bool(name).orElse(false);
  }
}
