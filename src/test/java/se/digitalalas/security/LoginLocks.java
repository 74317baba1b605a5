package se.digitalalas.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the engine keeps of a user's wrong passwords: how many counted, and until when the account
 * waits. {@link #letTheDelayPass} stands for the time an outsider waits out between two guesses,
 * so that a test of twenty guesses does not take twenty minutes.
 */
final class LoginLocks {

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;

  LoginLocks(ProcessEngine engine) {
    this.engine = engine;
    this.jdbc = new JdbcTemplate(
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource());
  }

  int attempts(String userId) {
    return user(userId).getAttempts();
  }

  Optional<Instant> lockedUntil(String userId) {
    return Optional.ofNullable(user(userId).getLockExpirationTime()).map(java.util.Date::toInstant);
  }

  /** The account's wait ends at the given moment, as if the time had passed. */
  void waitEndsAt(String userId, Instant end) {
    jdbc.update("update ACT_ID_USER set LOCK_EXP_TIME_ = ? where ID_ = ?", Timestamp.from(end), userId);
  }

  void letTheDelayPass(String userId) {
    waitEndsAt(userId, now().minusSeconds(1));
  }

  /** The engine's clock, which the waits are measured on. */
  Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private UserEntity user(String userId) {
    return (UserEntity) engine.getIdentityService().createUserQuery().userId(userId).singleResult();
  }
}
