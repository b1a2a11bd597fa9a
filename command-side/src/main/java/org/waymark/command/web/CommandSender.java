package org.waymark.command.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.waymark.api.event.EventMetadata;
import org.waymark.command.access.CommandScope;
import org.waymark.command.config.EventStorePosition;
import org.waymark.command.config.RecordingContext;

/**
 * Sends a validated command with the metadata every event must carry (who recorded it, the source,
 * the effective date where it differs) and answers the event-store position after it committed.
 * Every REST endpoint and import sends commands through here, so the caller's scope over the
 * command's learner or provider ({@link CommandScope}) is checked here too.
 */
@Component
public class CommandSender {
  private final CommandGateway gateway;
  private final RecordingContext recording;
  private final EventStorePosition position;
  private final CommandScope scope;

  CommandSender(
      CommandGateway gateway,
      RecordingContext recording,
      EventStorePosition position,
      CommandScope scope) {
    this.gateway = gateway;
    this.recording = recording;
    this.position = position;
    this.scope = scope;
  }

  /** Sends {@code command} from the API and waits for it; returns the store's position after. */
  public long send(Object command) {
    return send(command, "api", null);
  }

  /**
   * @param source {@code api}, or {@code import:<importId>}
   * @param effectiveDate the date the fact takes effect, when it differs from today; or null
   */
  public long send(Object command, String source, LocalDate effectiveDate) {
    dispatch(command, source, effectiveDate);
    return position.head();
  }

  /** As {@link #send(Object, String, LocalDate)} without reading the position (bulk imports). */
  public void dispatch(Object command, String source, LocalDate effectiveDate) {
    scope.check(command);
    Map<String, Object> metadata = new HashMap<>(recording.metadata(source));
    if (effectiveDate != null) {
      metadata.put(EventMetadata.EFFECTIVE_DATE, effectiveDate.toString());
    }
    gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata));
  }

  /** The event store's head position: what a client waits for the read models to reach. */
  public long position() {
    return position.head();
  }
}
