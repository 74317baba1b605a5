package se.digitalalas.security;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.stereotype.Component;

/** One Tasklist filter per staff group, readable only by that group, so each lands on its own work. */
@Component
public class TasklistFilters {

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationSetup authorizationSetup;

  TasklistFilters(FilterService filterService, TaskService taskService,
      AuthorizationSetup authorizationSetup) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationSetup = authorizationSetup;
  }

  public void apply() {
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
          "variables", List.of(
              Map.of("name", "namn", "label", "Brukare"),
              Map.of("name", "adress", "label", "Adress"))));
      filterService.saveFilter(filter);
      authorizationSetup.grant(group.id(), Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }

  static String filterName(StaffGroup group) {
    return group.displayName();
  }
}
