package org.waymark.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.web.servlet.server.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.access.account.BootstrapAdmin;
import org.waymark.access.account.LocalAccountAuthentication;
import org.waymark.access.account.LoginThrottle;
import org.waymark.access.account.UserAccounts;
import org.waymark.access.account.UserAdminController;
import org.waymark.access.json.IsoInstantSerializer;
import org.waymark.access.json.IsoLocalDateDeserializer;
import org.waymark.access.web.SecurityConfiguration;

/**
 * Access control for whichever side (or both, in the all-in-one) is on the classpath: defined once
 * per context. Settings ({@code waymark.security.*}): {@code bootstrap-admin-password} (default
 * {@code WAYMARK_BOOTSTRAP_ADMIN_PASSWORD}), {@code login.max-failures} (5) and {@code
 * login.max-failures-per-address} (50), {@code login.window} (15m), {@code password-cache} (5m),
 * {@code jwt.username-claim}, {@code jwt.roles-claim}, {@code jwt.providers-claim}.
 */
@AutoConfiguration(
    after = DataSourceAutoConfiguration.class,
    before = {SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class},
    beforeName = {
      "org.springframework.boot.actuate.autoconfigure.security.servlet"
          + ".ManagementWebSecurityAutoConfiguration",
      "org.springframework.boot.autoconfigure.security.oauth2.resource.servlet"
          + ".OAuth2ResourceServerAutoConfiguration"
    })
@Import({SecurityConfiguration.class, UserAdminController.class})
public class AccessAutoConfiguration {

  /**
   * Dates in JSON read by {@link IsoLocalDateDeserializer} and instants written by {@link
   * IsoInstantSerializer} (same answers as Jackson's, without a formatter per value): the mapper
   * Spring builds is the one Axon's serializer uses for every event, and the query side's
   * Elasticsearch client writes every read-model document with a copy of it.
   */
  @Bean
  Jackson2ObjectMapperBuilderCustomizer waymarkIsoDates() {
    return builder ->
        builder
            .deserializerByType(LocalDate.class, new IsoLocalDateDeserializer())
            .serializerByType(Instant.class, new IsoInstantSerializer());
  }

  @Bean
  PasswordEncoder waymarkPasswordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserAccounts waymarkUserAccounts(
      JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectProvider<Clock> clock) {
    return new UserAccounts(
        jdbc, new TransactionTemplate(transactions), clock.getIfAvailable(Clock::systemUTC));
  }

  @Bean
  LoginThrottle waymarkLoginThrottle(
      @Value("${waymark.security.login.max-failures:5}") int maxFailures,
      @Value("${waymark.security.login.max-failures-per-address:50}") int maxPerAddress,
      @Value("${waymark.security.login.window:15m}") Duration window,
      ObjectProvider<Clock> clock) {
    return new LoginThrottle(
        maxFailures, maxPerAddress, window, clock.getIfAvailable(Clock::systemUTC));
  }

  @Bean
  LocalAccountAuthentication waymarkLocalAccounts(
      UserAccounts accounts,
      PasswordEncoder encoder,
      LoginThrottle throttle,
      ObjectProvider<Clock> clock,
      @Value("${waymark.security.password-cache:5m}") Duration cacheFor) {
    return new LocalAccountAuthentication(
        accounts, encoder, throttle, clock.getIfAvailable(Clock::systemUTC), cacheFor);
  }

  @Bean
  BootstrapAdmin waymarkBootstrapAdmin(UserAccounts accounts, PasswordEncoder encoder) {
    return new BootstrapAdmin(accounts, encoder, System.out);
  }

  /** Creates the schema and the bootstrap account before the web server takes requests. */
  @Bean
  InitializingBean waymarkAccessStartup(
      UserAccounts accounts,
      BootstrapAdmin bootstrap,
      @Value("${waymark.security.bootstrap-admin-password:${WAYMARK_BOOTSTRAP_ADMIN_PASSWORD:}}")
          String password) {
    return () -> {
      accounts.createSchema();
      bootstrap.ensure(password);
    };
  }

  @Bean
  AccessScope waymarkAccessScope(ObjectProvider<LearnerLocator> locators, UserAccounts accounts) {
    return new AccessScope(locators, accounts);
  }

  @Bean
  CookieSameSiteSupplier waymarkSessionCookieSameSite() {
    return CookieSameSiteSupplier.ofLax().whenHasName("JSESSIONID");
  }
}
