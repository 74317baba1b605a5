package se.digitalalas.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * A lookup the service makes for itself, outside the caller's authorization (which form a task
 * has, whether a case waits for a message, whether a group has work on a brukare): without an
 * authentication the engine checks none. The caller's authentication is put back afterwards.
 */
public final class AsTheService {

  private final IdentityService identityService;

  public AsTheService(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T lookup(Supplier<T> lookup) {
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
