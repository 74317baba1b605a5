package se.digitalalas.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Who may start a routine is what its model says: each group in the latest version's
 * {@code camunda:candidateStarterGroups} may create instances of that process key. A model
 * without starter groups (one only called from another process) is startable by nobody.
 */
@Component
class StartRights {

  private final RepositoryService repositoryService;
  private final Grants grants;

  StartRights(RepositoryService repositoryService, Grants grants) {
    this.repositoryService = repositoryService;
    this.grants = grants;
  }

  void apply() {
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery()
        .latestVersion().list()) {
      for (String groupId : starterGroups(definition)) {
        grants.grant(groupId, Resources.PROCESS_DEFINITION, definition.getKey(),
            ProcessDefinitionPermissions.CREATE_INSTANCE);
        grants.grant(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
      }
    }
  }

  private List<String> starterGroups(ProcessDefinition definition) {
    return repositoryService.getIdentityLinksForProcessDefinition(definition.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(Objects::nonNull)
        .toList();
  }
}
