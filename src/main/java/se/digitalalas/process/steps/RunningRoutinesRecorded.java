package se.digitalalas.process.steps;

import static se.digitalalas.process.variables.Contract.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import se.digitalalas.registry.running.RunningRoutineRegistry;

/**
 * At start-up, every routine that runs for a brukare but has no row in running_routine (started
 * before the table existed) gets one, so that the constraint holds for it too. Of two such
 * routines of one process for one brukare, only the first is recorded. The running routines are
 * read a page at a time, each page asked once of the registry and, for those without a row, once
 * for their brukare: a start-up with many running routines makes a few statements per page, not
 * per routine. A page starts after the last id of the one before (not at an offset, which the
 * database would count from the first instance again on every page).
 */
@Component
class RunningRoutinesRecorded implements ApplicationRunner {

  static final int PAGE = 500;

  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final ManagementService managementService;
  private final RunningRoutineRegistry running;

  RunningRoutinesRecorded(RuntimeService runtimeService, RepositoryService repositoryService,
      ManagementService managementService, RunningRoutineRegistry running) {
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.managementService = managementService;
    this.running = running;
  }

  @Override
  public void run(ApplicationArguments args) {
    String rootInstancesAfter = "SELECT * FROM " + managementService.getTableName(ProcessInstance.class)
        + " WHERE PARENT_ID_ IS NULL AND SUPER_EXEC_ IS NULL AND SUPER_CASE_EXEC_ IS NULL AND ID_ > #{after} ORDER BY ID_";
    Map<String, String> keys = new HashMap<>();
    String after = "";
    while (true) {
      List<ProcessInstance> page = runtimeService.createNativeProcessInstanceQuery().sql(rootInstancesAfter)
          .parameter("after", after).listPage(0, PAGE);
      Set<String> recorded = running.recordedAmong(page.stream().map(ProcessInstance::getId).toList());
      List<ProcessInstance> unrecorded = page.stream().filter(instance -> !recorded.contains(instance.getId())).toList();
      Map<String, Long> brukare = brukareOf(unrecorded);
      for (ProcessInstance instance : unrecorded) {
        Long brukareId = brukare.get(instance.getId());
        if (brukareId != null) {
          String key = keys.computeIfAbsent(instance.getProcessDefinitionId(),
              definitionId -> repositoryService.getProcessDefinition(definitionId).getKey());
          running.start(brukareId, key, instance.getId());
        }
      }
      if (page.size() < PAGE) {
        return;
      }
      after = page.get(page.size() - 1).getId();
    }
  }

  /** The brukare of each instance that has one: the variable of the instance itself, not of a task or subprocess. */
  private Map<String, Long> brukareOf(List<ProcessInstance> instances) {
    if (instances.isEmpty()) {
      return Map.of();
    }
    Map<String, Long> brukare = new HashMap<>();
    for (VariableInstance variable : runtimeService.createVariableInstanceQuery()
        .variableName(BRUKARE_ID.name())
        .processInstanceIdIn(instances.stream().map(ProcessInstance::getId).toArray(String[]::new))
        .list()) {
      if (variable.getProcessInstanceId().equals(variable.getExecutionId()) && variable.getTaskId() == null
          && variable.getValue() instanceof Number brukareId) {
        brukare.put(variable.getProcessInstanceId(), brukareId.longValue());
      }
    }
    return brukare;
  }
}
