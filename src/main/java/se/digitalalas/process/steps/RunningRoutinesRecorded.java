package se.digitalalas.process.steps;

import static se.digitalalas.process.variables.Contract.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import se.digitalalas.registry.running.RunningRoutineRegistry;

/**
 * At start-up, every routine that runs for a brukare but has no row in running_routine (started
 * before the table existed) gets one, so that the constraint holds for it too. Of two such
 * routines of one process for one brukare, only the first is recorded.
 */
@Component
class RunningRoutinesRecorded implements ApplicationRunner {

  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final RunningRoutineRegistry running;

  RunningRoutinesRecorded(RuntimeService runtimeService, RepositoryService repositoryService,
      RunningRoutineRegistry running) {
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.running = running;
  }

  @Override
  public void run(ApplicationArguments args) {
    Map<String, String> keys = new HashMap<>();
    for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().rootProcessInstances().list()) {
      if (running.isRecorded(instance.getId())
          || !(runtimeService.getVariable(instance.getId(), BRUKARE_ID.name()) instanceof Number brukareId)) {
        continue;
      }
      String key = keys.computeIfAbsent(instance.getProcessDefinitionId(),
          definitionId -> repositoryService.getProcessDefinition(definitionId).getKey());
      running.start(brukareId.longValue(), key, instance.getId());
    }
  }
}
