package se.digitalalas.process.steps;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who completed the task a step follows (the step runs in the task's transaction, under the
 * caller's authentication): "Förnamn Efternamn (användar-id)", for a receipt's signature.
 */
@Component
public class CompletingStaff {

  private final IdentityService identityService;

  CompletingStaff(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String signature() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new IllegalStateException("No authenticated user completed the task; a receipt needs its signer");
    }
    String userId = authentication.getUserId();
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null || user.getFirstName() == null) {
      return userId;
    }
    String name = user.getLastName() == null ? user.getFirstName() : user.getFirstName() + " " + user.getLastName();
    return name + " (" + userId + ")";
  }
}
