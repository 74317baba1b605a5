package se.digitalalas;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of the production code: the registry at the bottom (plain SQL, no engine), the
 * shared process support above it, one independent package per routine, and no package cycles.
 */
@AnalyzeClasses(packages = "se.digitalalas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule theRegistryIsTheBottomLayer = noClasses()
      .that().resideInAPackage("se.digitalalas.registry..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "org.camunda..",
          "se.digitalalas.process..",
          "se.digitalalas.routine..",
          "se.digitalalas.web..",
          "se.digitalalas.outbound..")
      .because("the registry is the bottom layer: plain SQL that knows neither the process engine"
          + " nor the routines, the web API or outgoing mail, so that it can be read, tested and"
          + " migrated on its own");

  @ArchTest
  static final ArchRule theRegistryUsesNoOtherProjectPackageThanRefusal = noClasses()
      .that().resideInAPackage("se.digitalalas.registry..")
      .should().dependOnClassesThat(resideInAPackage("se.digitalalas..")
          .and(not(resideInAnyPackage("se.digitalalas.registry..", "se.digitalalas.refusal.."))))
      .because("below the registry there is only the refusal of bad input");

  @ArchTest
  static final ArchRule processSupportKnowsNoRoutine = noClasses()
      .that().resideInAPackage("se.digitalalas.process..")
      .should().dependOnClassesThat().resideInAPackage("se.digitalalas.routine..")
      .because("process holds what every routine shares (variables, deadlines, Tasklist), so a"
          + " routine can be added, changed or removed without touching it");

  @ArchTest
  static final ArchRule routinesAreIndependentOfEachOther = slices()
      .matching("se.digitalalas.routine.(*)..")
      .should().notDependOnEachOther()
      .because("each routine is one BPMN process with its own delegates and variables; a call"
          + " activity couples two routines through the model, never through Java code");

  @ArchTest
  static final ArchRule noPackageCycles = slices()
      .matching("se.digitalalas.(**)")
      .should().beFreeOfCycles()
      .because("a cycle between two packages makes them one package in disguise: neither can be"
          + " understood, tested or changed without the other");

  @ArchTest
  static final ArchRule refusalDependsOnNothingOfTheProject = noClasses()
      .that().resideInAPackage("se.digitalalas.refusal..")
      .should().dependOnClassesThat(resideInAPackage("se.digitalalas..")
          .and(not(resideInAPackage("se.digitalalas.refusal.."))))
      .because("every layer may refuse bad input, so the refusal must depend on none of them");
}
