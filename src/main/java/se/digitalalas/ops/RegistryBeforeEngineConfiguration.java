package se.digitalalas.ops;

import java.util.Arrays;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway migrates the registry before the process engine starts, so that no delegate or job
 * ever meets a registry without its tables, and Flyway never finds Camunda's tables first.
 */
@Configuration(proxyBeanMethods = false)
class RegistryBeforeEngineConfiguration {

  private static final String FLYWAY_INITIALIZER = "flywayInitializer";

  @Bean
  static BeanFactoryPostProcessor processEngineAfterRegistryMigration() {
    return beanFactory -> {
      if (!beanFactory.containsBeanDefinition(FLYWAY_INITIALIZER)) {
        return;
      }
      for (String name : beanFactory.getBeanNamesForType(ProcessEngine.class, true, false)) {
        BeanDefinition definition = beanFactory.getBeanDefinition(
            name.startsWith("&") ? name.substring(1) : name);
        String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
        definition.setDependsOn(Stream.concat(Arrays.stream(dependsOn), Stream.of(FLYWAY_INITIALIZER))
            .distinct().toArray(String[]::new));
      }
    };
  }
}
