package org.waymark.privacy;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The learner key store and the cipher, from the application's DataSource (or {@code
 * waymark.privacy.key-store-url}, for a query side whose own database is not the command side's):
 * defined once per context, so the all-in-one's two sides share them (and one cache, which a shred
 * clears at once).
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(PrivacyProperties.class)
public class PrivacyAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  LearnerKeys learnerKeys(DataSource dataSource, PrivacyProperties properties) {
    DataSource keyStore =
        properties.keyStoreUrl() == null || properties.keyStoreUrl().isBlank()
            ? dataSource
            : new SimpleDriverDataSource(
                driver(properties.keyStoreUrl()),
                properties.keyStoreUrl(),
                properties.keyStoreUsername(),
                properties.keyStorePassword());
    LearnerKeys keys =
        new LearnerKeys(
            keyStore,
            MasterKey.from(properties),
            properties.keyCacheSecondsOrDefault(),
            Clock.systemUTC());
    keys.createSchema();
    return keys;
  }

  private static java.sql.Driver driver(String url) {
    try {
      return java.sql.DriverManager.getDriver(url);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("no JDBC driver for waymark.privacy.key-store-url", e);
    }
  }

  @Bean
  @ConditionalOnMissingBean
  PersonalData personalData(LearnerKeys keys) {
    return new PersonalData(keys);
  }
}
