package org.waymark.query.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.config.QuerySideProperties;

/**
 * Lag of every query-side processor: the topic's end offsets (asked of the broker) less what each
 * processor's tracking token has consumed, summed over partitions.
 */
@Component
public class ProjectionLag implements DisposableBean {
  private final EventProcessingConfiguration processing;
  private final Admin admin;
  private final String topic;

  ProjectionLag(
      EventProcessingConfiguration processing,
      QuerySideProperties properties,
      @Value("${axon.kafka.bootstrap-servers}") String bootstrapServers) {
    this.processing = processing;
    this.topic = properties.topic();
    this.admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG,
                "waymark-projection-status",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                5000));
  }

  /** Lag summed over processors; caught up when nothing is behind and no processor is failing. */
  public record Lag(
      boolean caughtUp, long eventsBehind, List<ProjectionStatus.ProcessorStatus> processors) {}

  public Lag current() {
    Map<TopicPartition, Long> ends = endOffsets();
    List<ProjectionStatus.ProcessorStatus> statuses = new ArrayList<>();
    long total = 0;
    boolean healthy = true;
    for (String group : ProcessingGroups.ALL) {
      var processor = processing.eventProcessor(group, TrackingEventProcessor.class);
      if (processor.isEmpty()) {
        continue;
      }
      TrackingEventProcessor p = processor.get();
      Map<TopicPartition, Long> consumed = new HashMap<>();
      boolean error = false;
      for (EventTrackerStatus s : p.processingStatus().values()) {
        error |= s.isErrorState();
        if (s.getTrackingToken() != null) {
          KafkaTrackingToken.from(s.getTrackingToken())
              .getPositions()
              .forEach((tp, offset) -> consumed.merge(tp, offset + 1, Math::max));
        }
      }
      long behind =
          ends.entrySet().stream()
              .mapToLong(e -> Math.max(0, e.getValue() - consumed.getOrDefault(e.getKey(), 0L)))
              .sum();
      statuses.add(new ProjectionStatus.ProcessorStatus(group, behind, p.isRunning(), error));
      total += behind;
      healthy &= p.isRunning() && !error;
    }
    return new Lag(healthy && total == 0, total, statuses);
  }

  /** The events topic's partitions with their end offsets, asked of the broker. */
  public Map<TopicPartition, Long> endOffsets() {
    try {
      var description =
          admin.describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS);
      Map<TopicPartition, OffsetSpec> request =
          description.get(topic).partitions().stream()
              .collect(
                  Collectors.toMap(
                      p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
      return admin.listOffsets(request).all().get(5, TimeUnit.SECONDS).entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking Kafka for offsets", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Kafka did not report offsets of topic " + topic, e);
    }
  }

  @Override
  public void destroy() {
    admin.close();
  }
}
