package org.waymark.privacy;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The learner key store and the cipher, from the application's DataSource: defined once per
 * context, so the all-in-one's two sides share them (and one cache, which a shred clears at once).
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(PrivacyProperties.class)
public class PrivacyAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  LearnerKeys learnerKeys(DataSource dataSource, PrivacyProperties properties) {
    LearnerKeys keys =
        new LearnerKeys(
            dataSource,
            MasterKey.from(properties),
            properties.keyCacheSecondsOrDefault(),
            Clock.systemUTC());
    keys.createSchema();
    return keys;
  }

  @Bean
  @ConditionalOnMissingBean
  PersonalData personalData(LearnerKeys keys) {
    return new PersonalData(keys);
  }
}
