package se.digitalalas.models;

import static org.assertj.core.api.Assertions.*;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.digitalalas.outbound.mail.MeddelandeUtskick;
import se.digitalalas.routine.byteavutforare.ByteAvUtforare;
import se.digitalalas.routine.sammanboende.Sammanboende;
import se.digitalalas.routine.lasinstallation.LasInstallation;
import se.digitalalas.routine.lasnedmontering.LasNedmontering;
import se.digitalalas.routine.lasvredavslut.LasvredAvslut;
import se.digitalalas.routine.lasvrednykund.LasvredNyKund;
import se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd;
import se.digitalalas.routine.monteringtrygghetslarm.MonteringTrygghetslarm;
import se.digitalalas.routine.nedmonteringbistandsbedomd.NedmonteringBistandsbedomd;
import se.digitalalas.routine.nedmonteringtrygghetslarm.NedmonteringTrygghetslarm;
import se.digitalalas.routine.tunstallbestallning.TunstallBestallning;

/**
 * The element-id constants of each routine are its model's ids: every constant names an element
 * of the model, and every user task and end event (the contract of the spec) has a constant.
 */
class ElementIdsTest {

  static Stream<Class<?>> routines() {
    return Stream.of(MonteringBistandsbedomd.class, LasInstallation.class, MeddelandeUtskick.class,
        NedmonteringBistandsbedomd.class, NedmonteringTrygghetslarm.class, LasNedmontering.class,
        MonteringTrygghetslarm.class, TunstallBestallning.class, ByteAvUtforare.class,
        LasvredNyKund.class, LasvredAvslut.class, Sammanboende.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("routines")
  void constantsAndModelAgree(Class<?> ids) throws IllegalAccessException {
    String processId = (String) field(ids, "PROCESS_ID");
    BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("bpmn", processId + ".bpmn").toFile());
    List<String> constants = new ArrayList<>();
    for (Field field : ids.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && !field.getName().equals("PROCESS_ID")) {
        constants.add((String) field.get(null));
      }
    }

    assertThat((Object) model.getModelElementById(processId)).as("process %s", processId).isNotNull();
    assertThat(constants).allSatisfy(id -> assertThat((Object) model.getModelElementById(id))
        .as("element %s in %s", id, processId).isNotNull());
    Set<String> contract = Stream.concat(
            model.getModelElementsByType(UserTask.class).stream(),
            model.getModelElementsByType(EndEvent.class).stream())
        .map(FlowNode::getId).collect(Collectors.toSet());
    assertThat(constants).containsAll(contract);
  }

  private static Object field(Class<?> type, String name) throws IllegalAccessException {
    try {
      return type.getField(name).get(null);
    } catch (NoSuchFieldException e) {
      throw new AssertionError(type + " has no " + name, e);
    }
  }
}
