package org.waymark.infra.allinone.dashboards;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the built-in dashboard pages into the all-in-one's context: the pages' controller, and
 * Chart.js from its WebJar served under {@code /dashboards/assets/vendor/chart.js/} so that every
 * path a page loads lives under {@code /dashboards/}.
 */
@Configuration(proxyBeanMethods = false)
@Import(DashboardPages.class)
public class DashboardPagesConfiguration implements WebMvcConfigurer {
  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler(DashboardPages.ASSETS + "/vendor/chart.js/**")
        .addResourceLocations("classpath:/META-INF/resources/webjars/chart.js/");
  }
}
