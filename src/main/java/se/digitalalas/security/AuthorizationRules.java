package se.digitalalas.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;

/**
 * The engine's check of one user on named resources (its statement isUserAuthorizedForResource),
 * decided over the authorization rows that can decide it. For each permission check the first
 * rule that holds decides: the user's grant of the resource, the user's revoke of it, the user's
 * grant of '*', the user's revoke of '*'; then the same for the groups; then for everyone (a
 * global authorization grants what it has and, where revokes count, revokes what it lacks);
 * nothing found is the check's "not found" value. Disjunctive checks take the first decided
 * answer, conjunctive ones need all (nothing found counting as no). Revokes count only when the
 * engine says they do.
 */
final class AuthorizationRules {

  private static final long YES = 1L;
  private static final long NO = 0L;

  /** Whose authorizations a rule reads, and of which types its grants and revokes are. */
  private record Party(Predicate<AuthorizationRow> owns, int grantType, int revokeType) {
  }

  private final List<Party> parties;
  private final boolean revokes;
  private final List<AuthorizationRow> rows;

  AuthorizationRules(String userId, Collection<String> groupIds, boolean revokes, List<AuthorizationRow> rows) {
    Party user = new Party(row -> userId != null && userId.equals(row.userId()),
        Authorization.AUTH_TYPE_GRANT, Authorization.AUTH_TYPE_REVOKE);
    Party everyone = new Party(row -> Authorization.ANY.equals(row.userId()),
        Authorization.AUTH_TYPE_GLOBAL, Authorization.AUTH_TYPE_GLOBAL);
    this.parties = groupIds.isEmpty() ? List.of(user, everyone) : List.of(user,
        new Party(row -> row.groupId() != null && groupIds.contains(row.groupId()),
            Authorization.AUTH_TYPE_GRANT, Authorization.AUTH_TYPE_REVOKE),
        everyone);
    this.revokes = revokes;
    this.rows = rows;
  }

  /**
   * Whether these rules decide the check as the engine's statement does: atomic checks of named
   * resources (not of a query's column). Checks composed of others are the engine's: its statement
   * writes them without their SELECT, so the engine makes none.
   */
  static boolean decides(CompositePermissionCheck check) {
    return check != null
        && check.getCompositeChecks().isEmpty()
        && !check.getAtomicChecks().isEmpty()
        && check.getAtomicChecks().stream().allMatch(atomic -> atomic.getResourceIdQueryParam() == null);
  }

  boolean authorized(CompositePermissionCheck check) {
    return Objects.equals(YES, atomics(check));
  }

  private Long atomics(CompositePermissionCheck check) {
    List<PermissionCheck> atomics = check.getAtomicChecks();
    if (atomics.size() == 1) {
      return decide(atomics.get(0));
    }
    List<Long> parts = atomics.stream().map(this::decide).toList();
    if (check.isDisjunctive()) {
      return firstDecided(parts);
    }
    return all(parts.stream().map(part -> part == null ? NO : part).toList());
  }

  private static Long firstDecided(List<Long> parts) {
    return parts.stream().filter(Objects::nonNull).findFirst().orElse(NO);
  }

  private static Long all(List<Long> parts) {
    return parts.stream().reduce((left, right) -> left & right).orElse(NO);
  }

  private Long decide(PermissionCheck check) {
    String resourceId = check.getResourceId();
    boolean named = resourceId != null && !Authorization.ANY.equals(resourceId);
    for (Party party : parties) {
      Long answer = named ? answer(check, party, resourceId) : null;
      if (answer == null) {
        answer = answer(check, party, Authorization.ANY);
      }
      if (answer != null) {
        return answer;
      }
    }
    return check.getAuthorizationNotFoundReturnValue();
  }

  private Long answer(PermissionCheck check, Party party, String resourceId) {
    if (exists(check, party, party.grantType(), resourceId, row -> row.grants(check.getPerms()))) {
      return YES;
    }
    if (revokes && exists(check, party, party.revokeType(), resourceId, row -> row.lacks(check.getPerms()))) {
      return NO;
    }
    return null;
  }

  private boolean exists(PermissionCheck check, Party party, int type, String resourceId,
      Predicate<AuthorizationRow> permissions) {
    return rows.stream().anyMatch(row -> Objects.equals(row.type(), type)
        && party.owns().test(row)
        && Objects.equals(row.resourceType(), check.getResourceType())
        && resourceId.equals(row.resourceId())
        && permissions.test(row));
  }
}
