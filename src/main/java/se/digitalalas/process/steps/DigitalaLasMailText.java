package se.digitalalas.process.steps;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.key.Key;
import se.digitalalas.registry.key.KeyHolder;

/**
 * The message to the Digitala LÅS mail group (LP §2a.4): why, who, where, insatser, keys. Mail is
 * not a safe channel, so neither personnummer nor portkod is in it: the case is named by the
 * brukare's name, address and number in the registry, and the link opens the case's tasks in
 * Tasklist, where those who may see them do (after signing in).
 */
record DigitalaLasMailText(String subject, String body) {

  static DigitalaLasMailText of(DigitalaLasPurpose purpose, Brukare brukare, Household household,
      List<Key> keys, String tasklistLink) {
    String address = household.address()
        + (household.postalCode() == null ? "" : ", " + household.addressAsRegistered().formattedPostalCode())
        + (household.city() == null ? "" : " " + household.city());
    String subject = purpose.subject() + " – " + brukare.name() + ", " + household.address();
    String body = String.join("\n",
        "Hej!",
        "",
        purpose.opening(),
        "",
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

  private static String keyStatus(List<Key> keys) {
    List<String> sets = keys.stream()
        .filter(key -> key.holder() == KeyHolder.HEMTJANST || key.holder() == KeyHolder.LARMGRUPP)
        .map(key -> (key.holder() == KeyHolder.HEMTJANST ? "hemtjänstens" : "larmgruppens")
            + " nyckelnummer " + key.keyNumber())
        .toList();
    return sets.isEmpty() ? "saknas" : "finns, " + String.join(", ", sets);
  }
}
