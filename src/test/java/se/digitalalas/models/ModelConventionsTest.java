package se.digitalalas.models;

import static org.assertj.core.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Holds every model in bpmn/ and every form in forms/ to the project's modelling conventions. */
class ModelConventionsTest {

  private static final Path MODELS = Path.of("bpmn");
  private static final Path FORMS = Path.of("forms");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The folder of forms that more than one process uses. */
  private static final String SHARED = "shared";

  static Stream<Path> models() throws IOException {
    return files(MODELS, ".bpmn").stream();
  }

  static Stream<Path> forms() throws IOException {
    return files(FORMS, ".form").stream();
  }

  @Test
  void thereAreModelsAndForms() throws IOException {
    assertThat(files(MODELS, ".bpmn")).isNotEmpty();
    assertThat(files(FORMS, ".form")).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void processIdIsTheFileNameAndHistoryIsCleanedUp(Path file) {
    List<Process> executable = model(file).getModelElementsByType(Process.class).stream()
        .filter(Process::isExecutable).toList();

    assertThat(executable).extracting(Process::getId).containsExactly(baseName(file, ".bpmn"));
    assertThat(executable).allSatisfy(process -> assertThat(process.getCamundaHistoryTimeToLiveString())
        .as("camunda:historyTimeToLive of %s", process.getId()).isNotBlank());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void userTasksHaveCandidateGroupsAndExistingForms(Path file) throws IOException {
    Set<String> formIds = formIds();
    List<String> violations = new ArrayList<>();
    for (UserTask task : model(file).getModelElementsByType(UserTask.class)) {
      if (isBlank(task.getCamundaCandidateGroups())) {
        violations.add(task.getId() + " has no candidate group");
      }
      if (!formIds.contains(task.getCamundaFormRef())) {
        violations.add(task.getId() + " refers to form '" + task.getCamundaFormRef() + "', not in forms/");
      }
      if (!"latest".equals(task.getCamundaFormRefBinding())) {
        violations.add(task.getId() + " has formRefBinding " + task.getCamundaFormRefBinding());
      }
    }
    for (StartEvent start : model(file).getModelElementsByType(StartEvent.class)) {
      String formRef = start.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
      if (formRef != null && !formIds.contains(formRef)) {
        violations.add(start.getId() + " refers to form '" + formRef + "', not in forms/");
      }
    }
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void formsLiveInTheFolderOfTheirProcessOrInShared(Path file) throws IOException {
    assertThat(file.getParent().getParent()).as("forms/<process id or shared>/<name>.form").isEqualTo(FORMS);
    assertThat(Stream.concat(processIds().stream(), Stream.of(SHARED))).contains(namespace(file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void aProcessUsesItsOwnFormsAndSharedOnes(Path file) {
    String processId = baseName(file, ".bpmn");
    assertThat(formRefs(model(file)))
        .allMatch(ref -> ref.startsWith(processId + "-") || ref.startsWith(SHARED + "-"),
            "forms of " + processId + " or shared");
  }

  @Test
  void everyFormIsUsed() throws IOException {
    Set<String> used = new java.util.HashSet<>();
    for (Path model : files(MODELS, ".bpmn")) {
      used.addAll(formRefs(model(model)));
    }
    assertThat(used).containsAll(formIds());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void elementIdsCarryTheirTypePrefix(Path file) {
    List<String> violations = new ArrayList<>();
    for (BaseElement element : model(file).getModelElementsByType(BaseElement.class)) {
      List<String> prefixes = prefixesFor(element);
      if (!prefixes.isEmpty() && prefixes.stream().noneMatch(element.getId()::startsWith)) {
        violations.add(element.getElementType().getTypeName() + " " + element.getId() + " should start with "
            + String.join(" or ", prefixes));
      }
    }
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyDecisionIsNamedAndConditioned(Path file) {
    List<String> violations = new ArrayList<>();
    for (ExclusiveGateway gateway : model(file).getModelElementsByType(ExclusiveGateway.class)) {
      if (gateway.getOutgoing().size() < 2) {
        continue;
      }
      if (isBlank(gateway.getName())) {
        violations.add("gateway " + gateway.getId() + " has no name");
      }
      for (SequenceFlow flow : gateway.getOutgoing()) {
        if (isBlank(flow.getName())) {
          violations.add("flow " + flow.getId() + " out of " + gateway.getId() + " has no name");
        }
        if (flow.getConditionExpression() == null && flow != gateway.getDefault()) {
          violations.add("flow " + flow.getId() + " out of " + gateway.getId() + " has no condition");
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void codeIsReachedThroughBeansNeverClasses(Path file) {
    BpmnModelInstance model = model(file);

    assertThat(model.getModelElementsByType(ServiceTask.class)).allSatisfy(task -> {
      assertThat(task.getCamundaClass()).as("camunda:class on %s", task.getId()).isNull();
      assertThat(task.getCamundaDelegateExpression()).as("delegateExpression of %s", task.getId())
          .matches("\\$\\{[A-Za-z]+}");
    });
    assertThat(model.getModelElementsByType(CamundaExecutionListener.class))
        .allSatisfy(listener -> assertThat(listener.getCamundaClass()).isNull());
    assertThat(model.getModelElementsByType(CamundaTaskListener.class))
        .allSatisfy(listener -> assertThat(listener.getCamundaClass()).isNull());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void asyncElementsSayHowOftenToRetry(Path file) {
    List<String> violations = new ArrayList<>();
    for (FlowNode node : model(file).getModelElementsByType(FlowNode.class)) {
      if (!node.isCamundaAsyncBefore() && !node.isCamundaAsyncAfter()) {
        continue;
      }
      CamundaFailedJobRetryTimeCycle cycle = node.getExtensionElements() == null ? null
          : node.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class)
              .list().stream().findFirst().orElse(null);
      if (cycle == null || isBlank(cycle.getTextContent())) {
        violations.add(node.getId() + " is async without camunda:failedJobRetryTimeCycle");
      }
    }
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void formIsCamundaFormJsonNamedByItsId(Path file) throws IOException {
    JsonNode form = JSON.readTree(file.toFile());

    // the deployment names a resource by its file name alone: two start.form would replace each other
    assertThat(baseName(file, ".form")).as("file name of %s", file).isEqualTo(form.path("id").asText());
    assertThat(form.path("id").asText()).startsWith(namespace(file) + "-");
    assertThat(form.path("type").asText()).isEqualTo("default");
    assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
    assertThat(form.path("executionPlatformVersion").asText()).startsWith("7.");
    assertThat(form.path("schemaVersion").isInt()).isTrue();
    assertThat(form.path("components").isArray()).isTrue();
    for (JsonNode component : form.path("components")) {
      if (component.has("key")) {
        assertThat(component.path("label").asText(component.path("dateLabel").asText()))
            .as("label of %s", component.path("key").asText()).isNotBlank();
      }
    }
  }

  private static List<String> prefixesFor(BaseElement element) {
    if (element instanceof SequenceFlow) {
      return List.of("Flow_");
    }
    if (element instanceof CallActivity || element instanceof SubProcess) {
      return List.of("Activity_", "SubProcess_");
    }
    if (element instanceof Task) {
      return List.of("Task_", "Activity_");
    }
    if (element instanceof Gateway) {
      return List.of("Gateway_");
    }
    if (element instanceof StartEvent) {
      return List.of("StartEvent_", "Event_");
    }
    if (element instanceof EndEvent) {
      return List.of("EndEvent_", "Event_");
    }
    if (element instanceof BoundaryEvent || element instanceof IntermediateCatchEvent
        || element instanceof IntermediateThrowEvent) {
      return List.of("Event_");
    }
    return List.of();
  }

  private static List<String> formRefs(BpmnModelInstance model) {
    List<String> refs = new ArrayList<>();
    model.getModelElementsByType(UserTask.class).forEach(task -> refs.add(task.getCamundaFormRef()));
    model.getModelElementsByType(StartEvent.class).stream()
        .map(start -> start.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef"))
        .filter(ref -> ref != null)
        .forEach(refs::add);
    return refs;
  }

  private static List<String> processIds() throws IOException {
    return files(MODELS, ".bpmn").stream().map(file -> baseName(file, ".bpmn")).toList();
  }

  /** forms/montering-bistandsbedomd/montering-bistandsbedomd-start.form → montering-bistandsbedomd */
  private static String namespace(Path form) {
    return form.getParent().getFileName().toString();
  }

  private static Set<String> formIds() throws IOException {
    Map<String, Path> ids = files(FORMS, ".form").stream().collect(Collectors.toMap(file -> {
      try {
        return JSON.readTree(file.toFile()).path("id").asText();
      } catch (IOException e) {
        throw new IllegalStateException(file + " is not JSON", e);
      }
    }, file -> file));
    return ids.keySet();
  }

  private static BpmnModelInstance model(Path file) {
    return Bpmn.readModelFromFile(file.toFile());
  }

  private static List<Path> files(Path directory, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static String baseName(Path file, String suffix) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - suffix.length());
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
