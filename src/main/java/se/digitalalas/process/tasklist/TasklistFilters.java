package se.digitalalas.process.tasklist;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.digitalalas.security.Grants;
import se.digitalalas.security.StaffGroup;

/**
 * One Tasklist filter per staff group, readable only by that group, so each lands on its own work.
 * Runs right after the security's access setup (HIGHEST_PRECEDENCE), before the demo users.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TasklistFilters implements ApplicationRunner {

  private final FilterService filterService;
  private final TaskService taskService;
  private final Grants grants;

  TasklistFilters(FilterService filterService, TaskService taskService, Grants grants) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (StaffGroup group : StaffGroup.values()) {
      Filter filter = filterService.createTaskFilterQuery().filterName(filterName(group)).singleResult();
      if (filter == null) {
        filter = filterService.newTaskFilter(filterName(group));
      }
      filter.setQuery(taskService.createTaskQuery()
          .taskCandidateGroup(group.id())
          .includeAssignedTasks()
          .orderByDueDate().asc());
      filter.setProperties(Map.of(
          "description", "Uppgifter till " + group.displayName().toLowerCase(),
          "priority", group.filterPriority(),
          "refresh", true,
          "variables", BrukareOnTasks.COLUMNS.entrySet().stream()
              .map(column -> Map.of("name", column.getKey(), "label", column.getValue()))
              .toList()));
      filterService.saveFilter(filter);
      grants.grant(group.id(), Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }

  static String filterName(StaffGroup group) {
    return group.displayName();
  }
}
