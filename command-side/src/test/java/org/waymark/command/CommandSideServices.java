package org.waymark.command;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
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
    r.add("waymark.security.bootstrap-admin-password", () -> ADMIN_PASSWORD);
  }

  /** The bootstrap admin's password in every command-side test context. */
  public static final String ADMIN_PASSWORD = "it-admin-password-0001";

  public static final String TESTER = "it-tester";
  public static final String TESTER_PASSWORD = "it-tester-password-0001";

  /**
   * {@code http} signed in as an account with every role and every provider (created through the
   * admin API on first use), so tests of recording see no access rule; access rules have tests of
   * their own.
   */
  public static TestRestTemplate signedIn(TestRestTemplate http) {
    Map<String, Object> tester =
        Map.of(
            "username",
            TESTER,
            "password",
            TESTER_PASSWORD,
            "roles",
            List.of(
                "TUTOR", "SENIOR_MANAGER", "GOVERNOR", "INSPECTOR", "SAFEGUARDING_LEAD", "ADMIN"),
            "providers",
            List.of());
    ResponseEntity<String> created =
        http.withBasicAuth("admin", ADMIN_PASSWORD)
            .postForEntity("/api/v1/admin/users", tester, String.class);
    if (!created.getStatusCode().is2xxSuccessful()) {
      throw new IllegalStateException("could not create the test account: " + created.getBody());
    }
    return http.withBasicAuth(TESTER, TESTER_PASSWORD);
  }
}
