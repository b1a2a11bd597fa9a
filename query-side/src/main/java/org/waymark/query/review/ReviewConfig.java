package org.waymark.query.review;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.waymark.analytics.review.ReviewPolicy;

/** The review policy bean, from {@link ReviewProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReviewProperties.class)
class ReviewConfig {
  @Bean
  ReviewPolicy reviewPolicy(ReviewProperties properties) {
    return properties.policy();
  }
}
