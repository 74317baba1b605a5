package se.digitalalas.access;

import java.time.LocalDate;

/** A log review: by brukare, by user, or both, over a period of days (both ends included); null = any. */
public record AccessLogQuery(Long brukareId, String userId, LocalDate from, LocalDate to) {
}
