package se.digitalalas.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Adds a MyBatis mapper of the service to the engine's own, with the engine's properties (${prefix} …). */
final class MapperResources {

  private MapperResources() {
  }

  static void load(ProcessEngineConfigurationImpl configuration, String resource) {
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    if (mybatis.isResourceLoaded(resource)) {
      return;
    }
    try (InputStream mapper = MapperResources.class.getClassLoader().getResourceAsStream(resource)) {
      new XMLMapperBuilder(mapper, mybatis, resource, mybatis.getSqlFragments()).parse();
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
