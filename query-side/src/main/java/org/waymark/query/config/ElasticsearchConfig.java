package org.waymark.query.config;

import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Elasticsearch client maps documents with a copy of the application's ObjectMapper, so dates
 * ({@code LocalDate}, {@code Instant}) are written as ISO-8601 text exactly as the API answers
 * them.
 */
@Configuration(proxyBeanMethods = false)
public class ElasticsearchConfig {
  @Bean
  JacksonJsonpMapper jacksonJsonpMapper(ObjectMapper objectMapper) {
    return new JacksonJsonpMapper(objectMapper.copy());
  }
}
