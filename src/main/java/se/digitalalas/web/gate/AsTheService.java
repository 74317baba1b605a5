package se.digitalalas.web.gate;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * A lookup the gate makes for itself, outside the caller's authorization (which form a task has,
 * whether a case waits for a message), with the caller's authentication restored afterwards.
 */
final class AsTheService {

  private final IdentityService identityService;

  AsTheService(IdentityService identityService) {
    this.identityService = identityService;
  }

  <T> T lookup(Supplier<T> lookup) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
