package se.digitalalas.security;

/** A row of ACT_RU_AUTHORIZATION as the engine's single-resource check reads it. */
record AuthorizationRow(Integer type, String userId, String groupId, Integer resourceType, String resourceId,
    Integer permissions) {

  boolean grants(int perms) {
    return permissions != null && (permissions & perms) == perms;
  }

  boolean lacks(int perms) {
    return permissions != null && (permissions & perms) != perms;
  }
}
