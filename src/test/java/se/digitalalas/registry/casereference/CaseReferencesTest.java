package se.digitalalas.registry.casereference;

import static org.assertj.core.api.Assertions.*;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.digitalalas.registry.RegistryTest;

@RegistryTest
abstract class CaseReferencesTest {

  @Autowired
  CaseReferences references;

  @Test
  void aReferenceIsThePrefixTheYearAndASixDigitNumber() {
    assertThat(references.next().value()).matches("DL-2026-\\d{6}");
  }

  @Test
  void everyReferenceIsNew() {
    Set<String> given = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      assertThat(given.add(references.next().value())).isTrue();
    }
  }

  @Test
  void theNumberCountsUp() {
    long first = number(references.next());
    assertThat(number(references.next())).isEqualTo(first + 1);
  }

  private static long number(CaseReference reference) {
    return Long.parseLong(reference.value().substring("DL-2026-".length()));
  }
}
