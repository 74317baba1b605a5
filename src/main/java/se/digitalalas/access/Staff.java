package se.digitalalas.access;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import se.digitalalas.security.StaffGroup;

/**
 * The staff member who reads or changes a record: their user id, their groups, and whether the
 * engine treats them as an administrator (its admin users and groups, camunda-admin). Build one
 * with {@link CurrentStaff#current()} for the caller of a request, or directly from another
 * authentication (Tasklist's).
 */
public record Staff(String userId, List<String> groupIds, boolean administrator) {

  public Staff {
    Objects.requireNonNull(userId, "userId");
    groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
  }

  public boolean isIn(String groupId) {
    return groupIds.contains(groupId);
  }

  /** A member of one of the groups, or an administrator. */
  public boolean isInOrAdministrator(StaffGroup... groups) {
    return administrator || Arrays.stream(groups).anyMatch(group -> isIn(group.id()));
  }
}
