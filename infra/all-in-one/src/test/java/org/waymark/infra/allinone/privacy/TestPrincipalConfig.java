package org.waymark.infra.allinone.privacy;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * TEST ONLY: adds {@link TestPrincipalFilter} to an all-in-one started by a test (named in {@code
 * spring.main.sources} for the duration of the start), until real authentication exists.
 */
@Configuration(proxyBeanMethods = false)
public class TestPrincipalConfig {
  @Bean
  FilterRegistrationBean<TestPrincipalFilter> testPrincipalFilter() {
    FilterRegistrationBean<TestPrincipalFilter> r =
        new FilterRegistrationBean<>(new TestPrincipalFilter());
    r.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return r;
  }
}
