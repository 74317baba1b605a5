package se.digitalalas.process.variables;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variables of the specification ("Variables in the contract" and "Contract names for
 * processes 2–9"), named once for delegates, models, forms, the Tasklist plugin and tests.
 * Integrations start processes and complete tasks through /engine-rest with these names.
 */
public final class Contract {

  // The brukare, given at start
  public static final TextVariable PERSONNUMMER = text("personnummer", "personnummer");
  public static final TextVariable NAMN = text("namn", "namn");
  public static final TextVariable ADRESS = text("adress", "adress");
  public static final TextVariable POSTNUMMER = text("postnummer", "postnummer");
  public static final TextVariable ORT = text("ort", "ort");
  public static final TextVariable TELEFON = text("telefon", "telefon");
  public static final TextVariable PORTKOD = text("portkod", "portkod");
  public static final TextVariable HEMVARDSOMRADE = text("hemvardsomrade", "hemvårdsområde");
  public static final BooleanVariable INSATS_HEMTJANST = bool("insatsHemtjanst", "insats hemtjänst");
  public static final BooleanVariable INSATS_TRYGGHETSLARM =
      bool("insatsTrygghetslarm", "insats trygghetslarm");
  public static final DateVariable BESLUTSDATUM = date("beslutsdatum", "beslutsdatum");

  // Set by the service, never taken from a caller
  public static final IdVariable BRUKARE_ID = id("brukareId", "brukarens id i registret");
  public static final DateVariable NEDMONTERING_SENAST =
      date("nedmonteringSenast", "senaste dag för nedmontering");
  /** Three calendar days before nedmonteringSenast: the larmhandläggare is reminded (removalDeadline). */
  public static final DateVariable NEDMONTERING_PAMINNELSE =
      date("nedmonteringPaminnelse", "påminnelse om nedmontering");
  /** The day after nedmonteringSenast: a lock still up is escalated (removalDeadline). */
  public static final DateVariable NEDMONTERING_ESKALERING =
      date("nedmonteringEskalering", "eskalering av försenad nedmontering");
  public static final NumberVariable BRUKARENS_ALDER = number("brukarensAlder", "brukarens ålder");
  /** A cohabitant linked to the same lock keeps insatser: only the leaving brukare is unlinked. */
  public static final BooleanVariable LASET_DELAS = bool("lasetDelas", "låset delas med en sammanboende");
  /** A lock is already installed in the brukare's household (set by existingLockCheck). */
  public static final BooleanVariable LAS_FINNS = bool("lasFinns", "digitalt lås finns");
  /** When the larmhandläggare is reminded of a late installation (set by installationReminder). */
  public static final DateVariable INSTALLATION_PAMINNELSE =
      date("installationPaminnelse", "påminnelse om installation");

  // Task_BedomLasbehov (process 1) and the checks of processes 3, 7, 8
  public static final BooleanVariable HAR_KODLAS = bool("harKodlas", "kodlås på ytterdörren");
  public static final BooleanVariable FYSISKA_NYCKLAR_FINNS =
      bool("fysiskaNycklarFinns", "fysiska nycklar finns");
  public static final BooleanVariable OPPNAR_SJALV = bool("oppnarSjalv", "öppnar dörren själv");
  public static final BooleanVariable VILL_INTE_HA_LAS =
      bool("villInteHaLas", "vill inte ha digitalt lås");
  public static final BooleanVariable INSTALLERA_LAS = bool("installeraLas", "installera digitalt lås");
  public static final TextVariable NYCKELNUMMER = text("nyckelnummer", "nyckelnummer");
  public static final TextVariable NYCKELNUMMER_LARMGRUPP =
      text("nyckelnummerLarmgrupp", "larmgruppens nyckelnummer");
  public static final TextVariable NYCKELPOSITION = text("nyckelposition", "nyckelposition");

  // las-installation (process 5) and las-nedmontering (process 6)
  public static final DateVariable BOKAD_TID = date("bokadTid", "bokad tid");
  public static final TextVariable SERIENUMMER = text("serienummer", "serienummer");
  public static final TextVariable LEVERANTOR = text("leverantor", "leverantör");
  public static final BooleanVariable LAS_KOPPLAT_TILL_BRUKARE =
      bool("lasKopplatTillBrukare", "låset kopplat till brukaren");
  public static final BooleanVariable LASVRED_MARKT_MED_NYCKELNUMMER =
      bool("lasvredMarktMedNyckelnummer", "låsvredet märkt med nyckelnumret");
  public static final BooleanVariable ARBETET_UTFORT = bool("arbetetUtfort", "arbetet utfört");
  public static final BooleanVariable LAS_FRANKOPPLAT_FRAN_BRUKARE =
      bool("lasFrankopplatFranBrukare", "låset frånkopplat från brukaren i Phoniro");
  public static final BooleanVariable ORDINARIE_LASVRED_ATERSTALLT =
      bool("ordinarieLasvredAterstallt", "dörren återställd med ordinarie låsvred");
  public static final BooleanVariable LARMNYCKLAR_ATERLAMNADE =
      bool("larmnycklarAterlamnade", "larmnycklarna återlämnade till brukaren");
  public static final BooleanVariable NYCKELKVITTENS_SIGNERAD =
      bool("nyckelkvittensSignerad", "nyckelkvittensen signerad");
  public static final BooleanVariable NYCKELNUMMER_FRANKOPPLAT_I_AXSOR =
      bool("nyckelnummerFrankopplatIAxsor", "nyckelnumret frånkopplat i Axsor");
  public static final BooleanVariable SERIENUMMER_FRANKOPPLAT_I_PHONIRO =
      bool("serienummerFrankopplatIPhoniro", "serienumret frånkopplat i Phoniro");

  // NFC-etikett / kvittensprodukt
  public static final BooleanVariable NFC_ETIKETT_UPPSATT =
      bool("nfcEtikettUppsatt", "NFC-etiketten är uppsatt");
  public static final BooleanVariable NFC_ETIKETT_NEDTAGEN =
      bool("nfcEtikettNedtagen", "NFC-etiketten är nedtagen");

  // Removal (processes 2, 4)
  public static final DateVariable VERKSTALLIGHET_AVSLUTAD_DATUM =
      date("verkstallighetAvslutadDatum", "datum då verkställigheten avslutades");
  public static final BooleanVariable FYSISKA_NYCKLAR_ATERLAMNADE =
      bool("fysiskaNycklarAterlamnade", "fysiska nycklar återlämnade till brukaren");
  public static final BooleanVariable TRYGGHETSLARM_KVAR = bool("trygghetslarmKvar", "trygghetslarmet kvarstår");
  public static final BooleanVariable HEMTJANST_KVARSTAR =
      bool("hemtjanstKvarstar", "hemtjänstinsatser kvarstår");

  // tunstall-bestallning (process 7)
  public static final TextVariable KANAL = text("kanal", "kanal");
  public static final BooleanVariable MUNTLIG_INFORMATION =
      bool("muntligInformation", "muntlig information given");
  public static final BooleanVariable INFORMATIONSBREV_LAMNAT =
      bool("informationsbrevLamnat", "informationsbrevet lämnat");
  public static final BooleanVariable FRAGOR_OCH_SVAR_LAMNAT =
      bool("fragorOchSvarLamnat", "Frågor och svar lämnat");
  public static final DateVariable VERKSTALLIGHET_STARTDATUM =
      date("verkstallighetStartdatum", "startdatum för verkställigheten");
  public static final BooleanVariable BESTALLNING_SKICKAD = bool("bestallningSkickad", "beställningen skickad");
  public static final BooleanVariable KUND_INFORMERAD_OM_TUNSTALL =
      bool("kundInformeradOmTunstall", "kunden informerad om att Tunstall installerar");
  public static final BooleanVariable KONTAKTUPPGIFTER_REGISTRERADE =
      bool("kontaktuppgifterRegistrerade", "kontaktuppgifterna registrerade i Lifecare");
  public static final BooleanVariable LASKVITTENS_HAMTAD = bool("laskvittensHamtad", "låskvittensen hämtad");
  /** HBG step 7: where the lock box with the door's loose parts is kept (needed to restore the door). */
  public static final TextVariable LASLADA_FORVARINGSPLATS =
      text("lasladaForvaringsplats", "var låslådan med lösdelarna förvaras");
  /** When hv-hsl-personal is reminded of an uncollected låskvittens (set by laskvittensReminder). */
  public static final DateVariable LASKVITTENS_PAMINNELSE =
      date("laskvittensPaminnelse", "påminnelse om låskvittens");
  /** The receipt laskvittensCollected recorded, for laskvittensFiled. */
  public static final IdVariable LASKVITTENS_ID = id("laskvittensId", "låskvittensens id i registret");
  public static final TextVariable FORVARINGSPLATS = text("forvaringsplats", "förvaringsplats");

  // lasvred-ny-kund, lasvred-avslut, byte-av-utforare (process 8)
  public static final BooleanVariable ANNAN_KOMMUN = bool("annanKommun", "placerad av annan kommun");
  public static final TextVariable HEMKOMMUN = text("hemkommun", "hemkommun");
  public static final DateVariable BESLUT_SLUTDATUM = date("beslutSlutdatum", "beslutets slutdatum");
  public static final BooleanVariable KUND_INFORMERAD_MUNTLIGT =
      bool("kundInformeradMuntligt", "kunden informerad muntligt");
  public static final BooleanVariable KUND_INFORMERAD_SKRIFTLIGT =
      bool("kundInformeradSkriftligt", "kunden informerad skriftligt");
  public static final BooleanVariable EN_NYCKEL_PER_UTFORARE =
      bool("enNyckelPerUtforare", "en nyckel per lås till varje utförare");
  public static final BooleanVariable UTFORARE_INFORMERAD = bool("utforareInformerad", "utföraren informerad");
  public static final BooleanVariable WEBBESTALLNING_GJORD = bool("webbestallningGjord", "webbeställningen gjord");
  public static final BooleanVariable KUND_KOPPLAD_TILL_LASVRED =
      bool("kundKoppladTillLasvred", "kunden kopplad till låsvredet");
  public static final BooleanVariable SYSTEMFORVALTARE_INFORMERAD =
      bool("systemforvaltareInformerad", "systemförvaltaren informerad");
  public static final BooleanVariable KOPPLING_BORTTAGEN = bool("kopplingBorttagen", "kopplingen borttagen");
  public static final TextVariable TIDIGARE_UTFORARE = text("tidigareUtforare", "tidigare utförare");
  public static final TextVariable NY_UTFORARE = text("nyUtforare", "ny utförare");
  public static final BooleanVariable NY_UTFORARE_INFORMERAD =
      bool("nyUtforareInformerad", "den nya utföraren informerad");
  public static final BooleanVariable TIDIGARE_UTFORARE_INFORMERAD =
      bool("tidigareUtforareInformerad", "den tidigare utföraren informerad");
  // lasvred-avslut
  /** The kund has a kvittensprodukt (NFC-etikett) up, which the provider collects (set by lasvredAvslutRequest). */
  public static final BooleanVariable HAR_KVITTENSPRODUKT =
      bool("harKvittensprodukt", "kunden har en kvittensprodukt (NFC-etikett) uppe");

  // lasvred-ny-kund
  /** The hemtjänst provider who serves the kund (PT: one key per lock to each provider). */
  public static final TextVariable UTFORARE = text("utforare", "utförare");
  /** The provider's first visit: the web order is made at the latest after it. */
  public static final DateVariable FORSTA_BESOK = date("forstaBesok", "datum för första besöket");
  /** The morning after the first visit: a låsvred not yet ordered is reminded (webOrderReminder). */
  public static final DateVariable WEBBESTALLNING_PAMINNELSE =
      date("webbestallningPaminnelse", "påminnelse om webbeställning");
  /** Ahead of beslutSlutdatum: the biståndshandläggare writes the new investigation (decisionFollowUpReminder). */
  public static final DateVariable UPPFOLJNING_PAMINNELSE =
      date("uppfoljningPaminnelse", "påminnelse om uppföljning av beslut");
  public static final BooleanVariable FAKTURERINGSRAD_LAGD =
      bool("faktureringsradLagd", "egen rad på hemtjänstfakturan");
  public static final TextVariable FAKTURERINGSKOMMENTAR =
      freeText("faktureringskommentar", "kommentar till socialkontoret");
  /** Task_UppfoljningAvBeslut: NY_UTREDNING (a new decision follows) or UPPHOR (the decision ends). */
  public static final TextVariable UPPFOLJNINGSBESLUT = text("uppfoljningsbeslut", "uppföljningens utfall");

  // sammanboende (process 9)
  public static final TextVariable BESTALLNINGSTYP = text("bestallningstyp", "beställningstyp");
  public static final TextVariable SAMMANBOENDE_PERSONNUMMER =
      text("sammanboendePersonnummer", "den sammanboendes personnummer");
  public static final TextVariable SAMMANBOENDE_NAMN = text("sammanboendeNamn", "den sammanboendes namn");
  public static final TextVariable BEFINTLIG_PERSONNUMMER =
      text("befintligPersonnummer", "befintlig brukares personnummer");
  public static final TextVariable BEFINTLIG_NAMN = text("befintligNamn", "befintlig brukares namn");
  public static final BooleanVariable INSATS_VERKSTALLD = bool("insatsVerkstalld", "insatsen verkställd");
  public static final BooleanVariable KOPPLAT_I_TES = bool("kopplatITes", "kopplat i TES");
  public static final BooleanVariable INVENTARIELISTA_UPPDATERAD =
      bool("inventarielistaUppdaterad", "inventarielistan uppdaterad");
  public static final BooleanVariable ARENDE_BESVARAT = bool("arendeBesvarat", "ärendet besvarat");
  /** LKP samtidigt: whom välfärdsteknikteamet calls to book the installation (name and phone). */
  public static final TextVariable KONTAKT_TIDSBOKNING =
      text("kontaktTidsbokning", "kontaktuppgifter för tidsbokning");
  /** The other cohabitant of the order (samtidigt: the sammanboende; tillkommande: the befintlig brukare). */
  public static final IdVariable SAMMANBOENDE_BRUKARE_ID =
      id("sammanboendeBrukareId", "den andra sammanboendes id i registret");
  /** Both cohabitants have a verkställd insats (set by verkstalldaInsatser). */
  public static final BooleanVariable INSATSER_VERKSTALLDA =
      bool("insatserVerkstallda", "båda har verkställd insats");
  /** The names of the cohabitants who lack a verkställd insats, for Task_OrdnaVerkstalldInsats. */
  public static final TextVariable SAKNAR_VERKSTALLD_INSATS =
      text("saknarVerkstalldInsats", "sammanboende utan verkställd insats");

  // Free text
  public static final TextVariable BESLUTSKOMMENTAR = freeText("beslutskommentar", "kommentar till beslutet");
  public static final TextVariable PLANERINGSKOMMENTAR = freeText("planeringskommentar", "planeringskommentar");
  public static final TextVariable UPPFOLJNINGSKOMMENTAR =
      freeText("uppfoljningskommentar", "uppföljningskommentar");

  /** What the service computes or sets; a caller may never set these (spec: "What every process does"). */
  public static final List<ContractVariable> SET_BY_THE_SERVICE = List.of(
      BRUKARE_ID, NEDMONTERING_SENAST, NEDMONTERING_PAMINNELSE, NEDMONTERING_ESKALERING, BRUKARENS_ALDER,
      LAS_FINNS, LASET_DELAS, INSTALLATION_PAMINNELSE, LASKVITTENS_PAMINNELSE, LASKVITTENS_ID,
      WEBBESTALLNING_PAMINNELSE, UPPFOLJNING_PAMINNELSE, HAR_KVITTENSPRODUKT, SAMMANBOENDE_BRUKARE_ID,
      INSATSER_VERKSTALLDA, SAKNAR_VERKSTALLD_INSATS);

  private static final Map<String, ContractVariable> BY_NAME = byName();

  private Contract() {
  }

  /** The variable of this name, for models that name contract variables in input parameters. */
  public static Optional<ContractVariable> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  public static List<ContractVariable> all() {
    return List.copyOf(BY_NAME.values());
  }

  private static Map<String, ContractVariable> byName() {
    Map<String, ContractVariable> variables = new LinkedHashMap<>();
    for (Field field : Contract.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && ContractVariable.class.isAssignableFrom(field.getType())) {
        try {
          ContractVariable variable = (ContractVariable) field.get(null);
          if (variables.put(variable.name(), variable) != null) {
            throw new IllegalStateException("Contract names " + variable.name() + " twice");
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return variables;
  }

  private static TextVariable text(String name, String label) {
    return new TextVariable(name, label, false);
  }

  /** Several lines: tabs and line breaks allowed. */
  private static TextVariable freeText(String name, String label) {
    return new TextVariable(name, label, true);
  }

  private static BooleanVariable bool(String name, String label) {
    return new BooleanVariable(name, label);
  }

  private static DateVariable date(String name, String label) {
    return new DateVariable(name, label);
  }

  private static IdVariable id(String name, String label) {
    return new IdVariable(name, label);
  }

  private static NumberVariable number(String name, String label) {
    return new NumberVariable(name, label);
  }
}
