package se.digitalalas.process.steps;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.casereference.CaseReference;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.key.Key;
import se.digitalalas.registry.key.KeyHolder;

/**
 * The message to the Digitala LÅS mail group (LP §2a.4): why, who, where, insatser, keys. Mail is
 * not a safe channel, so neither personnummer nor portkod is in it: the case is named by its
 * reference (the business key, DL-…), the brukare by name, address and number in the registry, and
 * the link opens the case's tasks in
 * Tasklist, where those who may see them do (after signing in).
 */
record DigitalaLasMailText(String subject, String body) {

  static DigitalaLasMailText of(DigitalaLasPurpose purpose, CaseReference caseReference, Brukare brukare,
      Household household, List<Key> keys, String tasklistLink) {
    String address = household.address()
        + (household.postalCode() == null ? "" : ", " + household.addressAsRegistered().formattedPostalCode())
        + (household.city() == null ? "" : " " + household.city());
    String subject = purpose.subject() + " – ärende " + caseReference + " – " + brukare.name() + ", "
        + household.address();
    String body = String.join("\n",
        "Hej!",
        "",
        purpose.opening(),
        "",
        "Ärende: " + caseReference,
        "Brukare: " + brukare.name(),
        "Adress: " + address,
        "Brukarens nummer i registret: " + brukare.id(),
        "Telefon: " + orNotGiven(brukare.phone()),
        "Hemvårdsområde: " + orNotGiven(brukare.hemvardsomrade()),
        "Insatser: " + insatser(brukare),
        "Fysiska nycklar: " + keyStatus(keys),
        "",
        "Personnummer och portkod skickas inte med e-post; de finns med ärendets övriga uppgifter"
            + " i Tasklist (logga in):",
        tasklistLink,
        "",
        "Meddelandet skickades automatiskt av tjänsten för digitala lås.");
    return new DigitalaLasMailText(subject, body);
  }

  /**
   * Tasklist opened on the open tasks of one process instance: the search Tasklist itself writes
   * into its address for "Process Instance ID in".
   */
  static String tasklistLink(String tasklistUrl, String processInstanceId) {
    String search = "[{\"type\":\"processInstanceIdIn\",\"operator\":\"In\",\"value\":[\""
        + processInstanceId + "\"],\"name\":\"\"}]";
    return tasklistUrl + "#/?searchQuery=" + URLEncoder.encode(search, StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  private static String orNotGiven(String value) {
    return value == null || value.isBlank() ? "uppgift saknas" : value;
  }

  private static String insatser(Brukare brukare) {
    List<String> insatser = new ArrayList<>();
    if (brukare.insatsHemtjanst()) {
      insatser.add("hemtjänst");
    }
    if (brukare.insatsTrygghetslarm()) {
      insatser.add("trygghetslarm");
    }
    return insatser.isEmpty() ? "inga angivna" : String.join(" och ", insatser);
  }

  /** Sets still held, then sets already handed back (a removal's mail): returned is not missing. */
  private static String keyStatus(List<Key> keys) {
    List<String> held = keys.stream()
        .filter(key -> key.holder() == KeyHolder.HEMTJANST || key.holder() == KeyHolder.LARMGRUPP)
        .map(key -> setName(key.holder()) + " nyckelnummer " + key.keyNumber())
        .toList();
    List<String> returned = keys.stream()
        .filter(key -> key.holder() == KeyHolder.BRUKARE && key.issuedTo() != KeyHolder.BRUKARE)
        .map(key -> setName(key.issuedTo()) + " nyckelnummer " + key.keyNumber())
        .toList();
    if (held.isEmpty() && returned.isEmpty()) {
      return "saknas";
    }
    List<String> status = new ArrayList<>();
    if (!held.isEmpty()) {
      status.add("finns, " + String.join(", ", held));
    }
    if (!returned.isEmpty()) {
      status.add("återlämnade till brukaren: " + String.join(", ", returned));
    }
    return String.join("; ", status);
  }

  private static String setName(KeyHolder issuedTo) {
    return switch (issuedTo) {
      case HEMTJANST -> "hemtjänstens";
      case LARMGRUPP -> "larmgruppens";
      case NATTGRUPP -> "nattgruppens";
      case BRUKARE -> "brukarens";
    };
  }
}
