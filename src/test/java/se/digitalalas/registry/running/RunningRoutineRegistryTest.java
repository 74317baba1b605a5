package se.digitalalas.registry.running;

import static org.assertj.core.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.digitalalas.process.steps.TestPersonnummer;
import se.digitalalas.registry.RegistryTest;
import se.digitalalas.registry.TestBrukare;
import se.digitalalas.registry.brukare.BrukareRegistrar;

@RegistryTest
abstract class RunningRoutineRegistryTest {

  private static final String MONTERING = "montering-bistandsbedomd";
  private static final String SAMMANBOENDE = "sammanboende";

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
    assertThat(running.recordedAmong(List.of("instance-1", "instance-never"))).containsExactly("instance-1");
    assertThat(running.start(astrid, MONTERING, "instance-2")).isTrue();
    assertThat(jdbc.sql("select count(*) from running_routine where brukare_id = :id").param("id", astrid)
        .query(Long.class).single()).isEqualTo(2);
  }

  @Test
  void oneInstanceHoldsTheSlotOfBothCohabitantsUntilItEnds() {
    long bertil = registrar.register(TestBrukare.at(TestPersonnummer.of(690), "Bertil Sambo", "Storgatan 1"));
    assertThat(running.start(astrid, SAMMANBOENDE, "instance-1")).isTrue();
    assertThat(running.start(bertil, SAMMANBOENDE, "instance-1")).isTrue();

    assertThat(running.start(bertil, SAMMANBOENDE, "instance-2")).isFalse();
    assertThat(running.start(astrid, SAMMANBOENDE, "instance-2")).isFalse();
    assertThat(running.start(astrid, SAMMANBOENDE, "instance-1")).as("the same brukare twice in one instance").isFalse();

    running.end("instance-1");
    assertThat(running.isRunning(astrid, SAMMANBOENDE)).isFalse();
    assertThat(running.isRunning(bertil, SAMMANBOENDE)).isFalse();
  }

  @Test
  void theEndOfAnInstanceWithoutARowChangesNothing() {
    running.start(astrid, MONTERING, "instance-1");

    running.end("a-called-process");

    assertThat(running.isRunning(astrid, MONTERING)).isTrue();
  }
}
