package se.digitalalas.access;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One row of the access log. brukareId is null only for a search by personnummer that found no
 * one (the personnummer itself is never stored). at is the service's local time.
 */
public record AccessLogEntry(
    long id,
    LocalDateTime at,
    String userId,
    List<String> groupIds,
    Long brukareId,
    AccessAction action,
    String what,
    AccessChannel channel,
    boolean allowed) {
}
