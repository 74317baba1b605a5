package se.digitalalas.registry.lock;

import java.util.Arrays;
import java.util.Locale;
import se.digitalalas.refusal.Refusal;

public enum Vendor {
  PHONIRO,
  TUNSTALL;

  /** Blank means the routine's default, Phoniro. */
  public static Vendor parse(String leverantor) {
    if (leverantor == null || leverantor.isBlank()) {
      return PHONIRO;
    }
    String name = leverantor.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(vendor -> vendor.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new Refusal(
            "Okänd leverantör: " + leverantor.strip() + ". Välj PHONIRO eller TUNSTALL."));
  }
}
