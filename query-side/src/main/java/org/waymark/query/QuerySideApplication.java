package org.waymark.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The query side: projects events from Kafka into Elasticsearch and answers queries from there. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QuerySideApplication {
  public static void main(String[] args) {
    SpringApplication.run(QuerySideApplication.class, args);
  }
}
