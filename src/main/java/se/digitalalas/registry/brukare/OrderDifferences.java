package se.digitalalas.registry.brukare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.digitalalas.registry.household.Household;

/**
 * Where an order differs from the registered brukare and household. Spacing, capitals and the
 * punctuation of a phone number are formatting, not a difference; a value the registry does not
 * know is no difference either.
 */
final class OrderDifferences {

  private static final int SHOWN = 200;

  private OrderDifferences() {
  }

  static List<String> between(BrukareRegistration order, Brukare registered, Household household) {
    List<String> differences = new ArrayList<>();
    if (!words(order.name()).equals(words(registered.name()))) {
      differences.add(field("namn", order.name(), registered.name()));
    }
    if (known(order.phone(), registered.phone()) && !digits(order.phone()).equals(digits(registered.phone()))) {
      differences.add(field("telefon", order.phone(), registered.phone()));
    }
    if (!order.address().sameHouseholdAs(household.addressAsRegistered())) {
      differences.add(field("adress", order.address().formatted(), household.addressAsRegistered().formatted()));
    }
    if (known(order.portkod(), household.portkod()) && !order.portkod().strip().equals(household.portkod().strip())) {
      differences.add("portkod (avviker från den registrerade)");
    }
    if (known(order.hemvardsomrade(), registered.hemvardsomrade())
        && !words(order.hemvardsomrade()).equals(words(registered.hemvardsomrade()))) {
      differences.add(field("hemvårdsområde", order.hemvardsomrade(), registered.hemvardsomrade()));
    }
    if (known(order.hemkommun(), registered.hemkommun())
        && !words(order.hemkommun()).equals(words(registered.hemkommun()))) {
      differences.add(field("hemkommun", order.hemkommun(), registered.hemkommun()));
    }
    return differences;
  }

  private static boolean known(String ordered, String registered) {
    return ordered != null && !ordered.isBlank() && registered != null && !registered.isBlank();
  }

  private static String field(String name, String ordered, String registered) {
    return name + " \"" + shown(ordered) + "\" (registrerat: \"" + shown(registered) + "\")";
  }

  private static String shown(String value) {
    String text = value.strip();
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
  }

  private static String words(String value) {
    return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String digits(String value) {
    return value.replaceAll("\\D", "");
  }
}
