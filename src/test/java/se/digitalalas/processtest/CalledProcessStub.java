package se.digitalalas.processtest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Stands in for a called process in a caller's fast test: one user task that the test completes
 * with the variables the real process would hand back, then the named end event. A change inside
 * the real called process cannot break its callers' tests.
 */
public final class CalledProcessStub {

  private final ProcessEngine engine;
  private Deployment deployment;

  private CalledProcessStub(ProcessEngine engine) {
    this.engine = engine;
  }

  public static CalledProcessStub deploy(ProcessEngine engine, String processId, String taskId,
      String endEventId) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(processId)
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Stub")
        .userTask(taskId).name("Stub of " + processId)
        .endEvent(endEventId)
        .done();
    CalledProcessStub stub = new CalledProcessStub(engine);
    stub.deployment = engine.getRepositoryService().createDeployment()
        .name("stub " + processId)
        .addModelInstance(processId + ".bpmn", model)
        .deploy();
    return stub;
  }

  public void undeploy() {
    engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
  }
}
