package org.waymark.command;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.waymark.infra.embedded.EmbeddedServices;
import org.waymark.infra.embedded.EmbeddedServicesExtension;
import org.waymark.infra.embedded.TestNamespace;

/**
 * Points a command-side {@code @SpringBootTest} at the shared embedded services, in the test
 * class's own namespace (database and topic), from its {@code @DynamicPropertySource} method.
 */
public final class CommandSideServices {
  private CommandSideServices() {}

  public static void register(DynamicPropertyRegistry r, Class<?> testClass) {
    EmbeddedServices services = EmbeddedServicesExtension.services();
    TestNamespace ns = EmbeddedServicesExtension.namespaceFor(testClass);
    r.add("spring.datasource.url", ns::jdbcUrl);
    r.add("spring.datasource.username", services::jdbcUsername);
    r.add("spring.datasource.password", services::jdbcPassword);
    r.add("axon.kafka.bootstrap-servers", services::kafkaBootstrapServers);
    r.add("waymark.kafka.topic", ns::topic);
  }
}
