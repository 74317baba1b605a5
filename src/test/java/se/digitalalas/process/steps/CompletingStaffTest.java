package se.digitalalas.process.steps;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;

/** Who signs the nyckelkvittens: the montör who completed Task_NedmonteraLas. */
class CompletingStaffTest {

  private final IdentityService identityService = mock(IdentityService.class);
  private final UserQuery query = mock(UserQuery.class);
  private final CompletingStaff staff = new CompletingStaff(identityService);

  @Test
  void theSignatureIsNameAndUserId() {
    completedBy("maja", user("Maja", "Montör"));

    assertThat(staff.signature()).isEqualTo("Maja Montör (maja)");
    verify(query).userId("maja");
  }

  @Test
  void aFirstNameAloneIsEnough() {
    completedBy("maja", user("Maja", null));

    assertThat(staff.signature()).isEqualTo("Maja (maja)");
  }

  @Test
  void aUserWithoutNameOrNotInTheIdentityServiceSignsWithTheUserId() {
    completedBy("maja", user(null, "Montör"));
    assertThat(staff.signature()).isEqualTo("maja");

    completedBy("extern", null);
    assertThat(staff.signature()).isEqualTo("extern");
  }

  @Test
  void withoutAnAuthenticatedUserThereIsNoSigner() {
    when(identityService.getCurrentAuthentication()).thenReturn(null);
    assertThatThrownBy(staff::signature).isInstanceOf(IllegalStateException.class);

    when(identityService.getCurrentAuthentication()).thenReturn(new Authentication(null, List.of()));
    assertThatThrownBy(staff::signature).isInstanceOf(IllegalStateException.class);
  }

  private void completedBy(String userId, User user) {
    when(identityService.getCurrentAuthentication()).thenReturn(new Authentication(userId, List.of("montor")));
    when(identityService.createUserQuery()).thenReturn(query);
    when(query.userId(userId)).thenReturn(query);
    when(query.singleResult()).thenReturn(user);
  }

  private static User user(String firstName, String lastName) {
    User user = mock(User.class);
    when(user.getFirstName()).thenReturn(firstName);
    when(user.getLastName()).thenReturn(lastName);
    return user;
  }
}
