package se.digitalalas.registry;

import static org.assertj.core.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.BrukareRegistration;
import se.digitalalas.registry.brukare.Personnummer;
import se.digitalalas.registry.household.Address;
import se.digitalalas.registry.lock.InstalledLock;
import se.digitalalas.registry.lock.Vendor;

class TextLimitsTest {

  @Test
  void aValueThatFitsIsKeptAndNullStaysNull() {
    assertThat(TextLimits.require("a".repeat(50), 50, "portkod")).isEqualTo("a".repeat(50));
    assertThat(TextLimits.require(null, 50, "portkod")).isNull();
  }

  @Test
  void aValueLongerThanItsColumnIsRefusedNamingTheField() {
    assertThatThrownBy(() -> TextLimits.require("a".repeat(51), 50, "portkod"))
        .isInstanceOf(Refusal.class).hasMessage("Ogiltigt värde för portkod: högst 50 tecken");
  }

  @Test
  void aNulIsRefusedNamingTheField() {
    assertThatThrownBy(() -> TextLimits.require("12\u000034", 50, "portkod"))
        .isInstanceOf(Refusal.class).hasMessage("Ogiltigt värde för portkod: texten innehåller otillåtna tecken");
  }

  @Test
  void theRegistrysValuesAreCheckedAgainstTheirColumns() {
    Personnummer pnr = Personnummer.parse("194403052386");
    Address address = Address.of("Storgatan 1", "12345", "Storstad");
    List<Runnable> tooLong = List.of(
        () -> Address.of("a".repeat(201), "12345", null),
        () -> Address.of("Storgatan 1", "12345", "o".repeat(101)),
        () -> new BrukareRegistration(pnr, "n".repeat(201), null, address, null, null, null, true, true, null),
        () -> new BrukareRegistration(pnr, "Astrid", "0".repeat(51), address, null, null, null, true, true, null),
        () -> new BrukareRegistration(pnr, "Astrid", null, address, "1".repeat(51), null, null, true, true, null),
        () -> new BrukareRegistration(pnr, "Astrid", null, address, null, "h".repeat(101), null, true, true, null),
        () -> new BrukareRegistration(pnr, "Astrid", null, address, null, null, "k".repeat(101), true, true, null),
        () -> new InstalledLock("s".repeat(51), Vendor.PHONIRO, null, null),
        () -> new InstalledLock("PH-1", Vendor.PHONIRO, "n".repeat(51), null));
    List<String> fields = List.of("adress", "ort", "namn", "telefon", "portkod", "hemvårdsområde",
        "hemkommun", "serienummer", "nyckelnummer");

    for (int i = 0; i < tooLong.size(); i++) {
      assertThatThrownBy(tooLong.get(i)::run).as(fields.get(i))
          .isInstanceOf(Refusal.class).hasMessageStartingWith("Ogiltigt värde för " + fields.get(i) + ": högst ");
    }
    assertThatCode(() -> Address.of("a".repeat(200), "12345", "o".repeat(100))).doesNotThrowAnyException();
  }
}
