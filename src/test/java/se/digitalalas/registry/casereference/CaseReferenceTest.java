package se.digitalalas.registry.casereference;

import static org.assertj.core.api.Assertions.*;

import org.junit.jupiter.api.Test;

class CaseReferenceTest {

  @Test
  void theNumberIsPaddedToSixDigitsAndGrowsBeyond() {
    assertThat(CaseReference.of(2026, 123).value()).isEqualTo("DL-2026-000123");
    assertThat(CaseReference.of(2027, 1234567).value()).isEqualTo("DL-2027-1234567");
  }

  @Test
  void aPersonnummerIsNoCaseReference() {
    assertThatIllegalArgumentException().isThrownBy(() -> new CaseReference("194403052386"));
    assertThatIllegalArgumentException().isThrownBy(() -> new CaseReference("DL-1944-0305"));
  }
}
