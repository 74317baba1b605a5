package se.digitalalas.registry.running;

import static org.assertj.core.api.Assertions.*;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.digitalalas.registry.RegistryTest;
import se.digitalalas.registry.TestBrukare;
import se.digitalalas.registry.brukare.BrukareRegistrar;

@RegistryTest
abstract class RunningRoutineRegistryTest {

  private static final String MONTERING = "montering-bistandsbedomd";

  @Autowired
  RunningRoutineRegistry running;
  @Autowired
  BrukareRegistrar registrar;
  @Autowired
  JdbcClient jdbc;

  long astrid;

  @BeforeEach
  void astrid() {
    astrid = registrar.register(TestBrukare.astrid());
  }

  @Test
  void oneRunningRoutinePerBrukareAndProcess() {
    assertThat(running.start(astrid, MONTERING, "instance-1")).isTrue();

    assertThat(running.start(astrid, MONTERING, "instance-2")).isFalse();
    assertThat(running.start(astrid, "nedmontering-bistandsbedomd", "instance-3")).isTrue();
    assertThat(running.isRunning(astrid, MONTERING)).isTrue();
  }

  @Test
  void theTransactionStaysUsableAfterTheCollision() {
    running.start(astrid, MONTERING, "instance-1");
    running.start(astrid, MONTERING, "instance-2");

    assertThat(jdbc.sql("select count(*) from running_routine").query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void anEndedRoutineFreesTheBrukareAndStaysAsHistory() {
    running.start(astrid, MONTERING, "instance-1");

    running.end("instance-1");
    running.end("instance-1");

    assertThat(running.isRunning(astrid, MONTERING)).isFalse();
    assertThat(running.isRecorded("instance-1")).isTrue();
    assertThat(running.start(astrid, MONTERING, "instance-2")).isTrue();
    assertThat(jdbc.sql("select count(*) from running_routine where brukare_id = :id").param("id", astrid)
        .query(Long.class).single()).isEqualTo(2);
  }

  @Test
  void theEndOfAnInstanceWithoutARowChangesNothing() {
    running.start(astrid, MONTERING, "instance-1");

    running.end("a-called-process");

    assertThat(running.isRunning(astrid, MONTERING)).isTrue();
  }
}
