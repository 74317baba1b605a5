package se.digitalalas.security;

import static org.assertj.core.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.digitalalas.processtest.InMemoryProcessEngine;
import se.digitalalas.routine.lasinstallation.LasInstallation;
import se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd;

class StartRightsTest {

  @RegisterExtension
  static ProcessEngineExtension engine = InMemoryProcessEngine.extension();

  private RepositoryService repositoryService;
  private AuthorizationService authorizationService;
  private StartRights startRights;
  private final List<String> deployments = new ArrayList<>();

  @BeforeEach
  void startRightsOnTheEngine() {
    repositoryService = engine.getRepositoryService();
    authorizationService = engine.getAuthorizationService();
    startRights = new StartRights(repositoryService, new Grants(authorizationService));
  }

  @AfterEach
  void removeDeploymentsAndAuthorizations() {
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
    for (Resources resource : List.of(Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE)) {
      authorizationService.createAuthorizationQuery().resourceType(resource).list().stream()
          .map(Authorization::getId)
          .forEach(authorizationService::deleteAuthorization);
    }
  }

  @Test
  void eachStarterGroupOfANewModelMayStartIt() {
    deploy(process("ny-rutin", "larmhandlaggare, verksamhet"));

    startRights.apply();

    assertThat(mayStart("larmhandlaggare", "ny-rutin")).isTrue();
    assertThat(mayStart("verksamhet", "ny-rutin")).isTrue();
    assertThat(mayStart("hemtjanstutforare", "ny-rutin")).isFalse();
    assertThat(mayCreateInstances("larmhandlaggare")).isTrue();
    assertThat(mayCreateInstances("hemtjanstutforare")).isFalse();
  }

  @Test
  void aModelWithoutStarterGroupsIsStartableByNobody() {
    deploy(process("anropad-rutin", null));

    startRights.apply();

    assertThat(authorizationService.createAuthorizationQuery()
        .resourceType(Resources.PROCESS_DEFINITION).resourceId("anropad-rutin").count()).isZero();
  }

  @Test
  void theLatestVersionDecides() {
    deploy(process("ny-rutin", "larmhandlaggare"));
    deploy(process("ny-rutin", "larmhandlaggare, montor"));

    startRights.apply();

    assertThat(mayStart("montor", "ny-rutin")).isTrue();
  }

  @Test
  void applyingAgainAtTheNextStartChangesNothing() {
    deploy(process("ny-rutin", "larmhandlaggare"));

    startRights.apply();
    startRights.apply();

    assertThat(authorizationService.createAuthorizationQuery().groupIdIn("larmhandlaggare").count())
        .isEqualTo(2);
  }

  @Test
  @Deployment(resources = {"bpmn/montering-bistandsbedomd.bpmn", "bpmn/las-installation.bpmn"})
  void theBistandshandlaggareStartsMonteringAndNobodyStartsTheCalledInstallation() {
    startRights.apply();

    assertThat(mayStart("bistandshandlaggare", MonteringBistandsbedomd.PROCESS_ID)).isTrue();
    assertThat(mayStart("hemtjanstutforare", MonteringBistandsbedomd.PROCESS_ID)).isFalse();
    assertThat(authorizationService.createAuthorizationQuery()
        .resourceType(Resources.PROCESS_DEFINITION).resourceId(LasInstallation.PROCESS_ID).count()).isZero();
  }

  private boolean mayStart(String groupId, String processKey) {
    return authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId)
        .resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(processKey)
        .hasPermission(ProcessDefinitionPermissions.CREATE_INSTANCE)
        .count() == 1;
  }

  private boolean mayCreateInstances(String groupId) {
    return authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId)
        .resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(Authorization.ANY)
        .hasPermission(Permissions.CREATE)
        .count() == 1;
  }

  private void deploy(BpmnModelInstance model) {
    deployments.add(repositoryService.createDeployment()
        .addModelInstance("rutin.bpmn", model)
        .deploy()
        .getId());
  }

  private static BpmnModelInstance process(String key, String candidateStarterGroups) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(180)
        .startEvent().endEvent().done();
    model.<Process>getModelElementById(key).setCamundaCandidateStarterGroups(candidateStarterGroups);
    return model;
  }
}
