package se.digitalalas.access;

import static se.digitalalas.security.StaffGroup.*;

import java.util.Set;
import java.util.function.BooleanSupplier;
import se.digitalalas.security.StaffGroup;

/**
 * Access by need (README, "Who may read a brukare's record"). A staff member reads a brukare's
 * record when
 * <ul>
 *   <li>they are an administrator (camunda-admin), or</li>
 *   <li>one of their groups works across all brukare: the larmgrupp's larmhandläggare,
 *       systemförvaltare, välfärdsteknik and the enhetschef (who reviews), or</li>
 *   <li>one of their groups, or they themselves, has a task on the brukare, or had one that ended
 *       within digitalalas.access.recent-work ({@link WorkOnBrukare}).</li>
 * </ul>
 * Only the groups that go to the door, and administrators, see the door details.
 */
public final class AccessRule {

  /** Groups whose work is every brukare. */
  public static final Set<StaffGroup> ACROSS_ALL_BRUKARE = Set.of(
      LARMHANDLAGGARE, SYSTEMFORVALTARE, VALFARDSTEKNIK, ENHETSCHEF);

  /** Groups that go to the door and need the portkod and the keys' numbers and positions. */
  public static final Set<StaffGroup> AT_THE_DOOR = Set.of(
      HEMTJANSTUTFORARE, LARMHANDLAGGARE, MONTOR, HV_HSL_PERSONAL, KOORDINATOR);

  /** Who reviews the access log (besides administrators). */
  public static final StaffGroup LOG_REVIEWER = ENHETSCHEF;

  private AccessRule() {
  }

  /** hadWork is asked only when neither administrator nor a group across all brukare decides. */
  public static AccessDecision decide(Staff staff, BooleanSupplier hadWork) {
    boolean door = staff.administrator() || inAny(staff, AT_THE_DOOR);
    if (staff.administrator()) {
      return new AccessDecision(true, true, "administratör");
    }
    if (inAny(staff, ACROSS_ALL_BRUKARE)) {
      return new AccessDecision(true, door, "grupp som arbetar med alla brukare");
    }
    if (hadWork.getAsBoolean()) {
      return new AccessDecision(true, door, "uppgift för brukaren");
    }
    return AccessDecision.denied();
  }

  /** Whether the staff member may read the access log. */
  public static boolean reviewsTheLog(Staff staff) {
    return staff.administrator() || staff.isIn(LOG_REVIEWER.id());
  }

  /** Administrators and the groups across all brukare read every record, known or not. */
  static boolean readsAll(Staff staff) {
    return staff.administrator() || inAny(staff, ACROSS_ALL_BRUKARE);
  }

  private static boolean inAny(Staff staff, Set<StaffGroup> groups) {
    return groups.stream().anyMatch(group -> staff.isIn(group.id()));
  }
}
