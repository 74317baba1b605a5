package se.digitalalas.access;

import static org.assertj.core.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.digitalalas.security.StaffGroup;

class StaffTest {

  @Test
  void aMemberOfOneOfTheGroupsIsIn() {
    Staff karin = new Staff("karin", List.of("koordinator"), false);

    assertThat(karin.isInOrAdministrator(StaffGroup.KOORDINATOR)).isTrue();
    assertThat(karin.isInOrAdministrator(StaffGroup.MONTOR, StaffGroup.KOORDINATOR)).isTrue();
    assertThat(karin.isInOrAdministrator(StaffGroup.MONTOR)).isFalse();
  }

  @Test
  void anAdministratorIsInWhateverTheGroups() {
    Staff anna = new Staff("anna", List.of(), true);

    assertThat(anna.isInOrAdministrator(StaffGroup.KOORDINATOR)).isTrue();
    assertThat(anna.isInOrAdministrator()).isTrue();
  }

  @Test
  void anyoneElseIsNot() {
    Staff hanna = new Staff("hanna", List.of("hemtjanstutforare"), false);

    assertThat(hanna.isInOrAdministrator(StaffGroup.KOORDINATOR)).isFalse();
    assertThat(hanna.isInOrAdministrator()).isFalse();
  }
}
