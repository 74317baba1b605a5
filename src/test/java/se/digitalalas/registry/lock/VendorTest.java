package se.digitalalas.registry.lock;

import static org.assertj.core.api.Assertions.*;

import org.junit.jupiter.api.Test;
import se.digitalalas.refusal.Refusal;

class VendorTest {

  @Test
  void phoniroIsTheDefault() {
    assertThat(Vendor.parse(null)).isEqualTo(Vendor.PHONIRO);
    assertThat(Vendor.parse(" ")).isEqualTo(Vendor.PHONIRO);
  }

  @Test
  void namesAreReadWhateverTheCase() {
    assertThat(Vendor.parse("tunstall")).isEqualTo(Vendor.TUNSTALL);
  }

  @Test
  void unknownVendorIsRefused() {
    assertThatThrownBy(() -> Vendor.parse("Acme"))
        .isInstanceOf(Refusal.class)
        .hasMessage("Okänd leverantör: Acme. Välj PHONIRO eller TUNSTALL.");
  }
}
