package org.waymark.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Two test classes on the extension share the services and get separate namespaces. */
@WithEmbeddedServices
class EmbeddedServicesExtensionIT {

  static final Map<String, TestNamespace> SEEN = new ConcurrentHashMap<>();
  static final Map<String, EmbeddedServices> SERVICES_SEEN = new ConcurrentHashMap<>();

  @Test
  void givesEachTestClassItsOwnDatabaseTopicAndIndexPrefixOnTheSameServices(
      EmbeddedServices services, TestNamespace mine) throws Exception {
    var results =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(FirstClient.class), selectClass(SecondClient.class))
            .execute();

    results.testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));
    TestNamespace first = SEEN.get("first");
    TestNamespace second = SEEN.get("second");
    assertThat(first.name()).startsWith("firstclient_").isNotEqualTo(second.name());
    assertThat(second.name()).startsWith("secondclient_");
    assertThat(first.topic()).isNotEqualTo(second.topic()).isNotEqualTo(mine.topic());
    assertThat(first.database()).isNotEqualTo(second.database()).isNotEqualTo(mine.database());
    assertThat(first.indexPrefix()).isNotEqualTo(second.indexPrefix());
    assertThat(SERVICES_SEEN.values()).containsOnly(services);
    assertThat(services.isClosed())
        .as("the nested run must not stop the shared services")
        .isFalse();
  }

  @Test
  void namespaceIsReadyBeforeAnyCallbackForSpringsDynamicPropertySource(TestNamespace mine)
      throws Exception {
    assertThat(EmbeddedServicesExtension.namespaceFor(EmbeddedServicesExtensionIT.class))
        .isSameAs(mine);

    TestNamespace early = EmbeddedServicesExtension.namespaceFor(NeverRun.class);
    ServiceProbes.produce(EmbeddedServicesExtension.services(), early.topic(), "k", "v");
    assertThat(
            ServiceProbes.readFromBeginning(EmbeddedServicesExtension.services(), early.topic(), 1))
        .containsExactly("k=v");
    try (var connection =
        java.sql.DriverManager.getConnection(
            early.jdbcUrl(),
            EmbeddedServicesExtension.services().jdbcUsername(),
            EmbeddedServicesExtension.services().jdbcPassword())) {
      assertThat(connection.getCatalog()).isEqualTo(early.database());
    }
  }

  @Nested
  class InANestedClass {
    @Test
    void sharesTheNamespaceOfItsEnclosingClass(TestNamespace nested) {
      assertThat(nested)
          .isSameAs(EmbeddedServicesExtension.namespaceFor(EmbeddedServicesExtensionIT.class));
    }
  }

  static final class NeverRun {}

  @WithEmbeddedServices
  static class FirstClient {
    @Test
    void recordsItsNamespace(TestNamespace namespace, EmbeddedServices services) throws Exception {
      SEEN.put("first", namespace);
      SERVICES_SEEN.put("first", services);
      ServiceProbes.insertLearner(services, namespace.database(), "L-1", "first");
    }
  }

  @WithEmbeddedServices
  static class SecondClient {
    @Test
    void recordsItsNamespace(TestNamespace namespace, EmbeddedServices services) throws Exception {
      SEEN.put("second", namespace);
      SERVICES_SEEN.put("second", services);
      ServiceProbes.insertLearner(services, namespace.database(), "L-1", "second");
      assertThat(ServiceProbes.learnerName(services, namespace.database(), "L-1"))
          .as("second class sees only its own database")
          .contains("second");
    }
  }
}
