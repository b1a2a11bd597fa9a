package org.waymark.command.access;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.springframework.stereotype.Component;
import org.waymark.access.AccessScope;
import org.waymark.access.OutOfScopeException;
import org.waymark.access.Role;
import org.waymark.access.WaymarkUser;

/**
 * Checks, before a command is sent, that its learner or provider is within the caller's scope: a
 * tutor may record only for their assigned learners, anyone else only for learners and providers of
 * their providers. The role rules (which endpoints a role may call) are the security filter
 * chain's; this adds the "which records" half, for REST commands and import rows alike.
 *
 * <p>A command names its learner ({@code learnerId}) or provider ({@code providerId}) directly, or
 * refers to an existing aggregate (a target, a visit, a plan…) whose first event names them.
 */
@Component
public class CommandScope {
  private final AccessScope scope;
  private final EventStore events;
  private final Map<Class<?>, RecordComponent[]> components = new ConcurrentHashMap<>();

  CommandScope(AccessScope scope, EventStore events) {
    this.scope = scope;
    this.events = events;
  }

  /** Throws {@link OutOfScopeException} when the current user may not send {@code command}. */
  public void check(Object command) {
    WaymarkUser user = WaymarkUser.current().orElse(null);
    if (user == null || (user.allProviders() && !limitedToAssigned(user))) {
      return;
    }
    Owner owner = ownerOf(command);
    if (owner.learnerId() != null) {
      scope.requireLearner(owner.learnerId(), owner.providerId());
    } else if (owner.providerId() != null) {
      if (limitedToAssigned(user)) {
        throw new OutOfScopeException("a tutor records for their assigned learners only");
      }
      scope.requireProvider(owner.providerId());
    }
    value(command, "toProviderId").ifPresent(scope::requireProvider);
  }

  private static boolean limitedToAssigned(WaymarkUser user) {
    return user.tutorOnly() && !user.has(Role.ADMIN);
  }

  private record Owner(String learnerId, String providerId) {}

  private Owner ownerOf(Object command) {
    String learner = value(command, "learnerId").orElse(null);
    String provider = value(command, "providerId").orElse(null);
    if (learner != null || provider != null) {
      return new Owner(learner, provider);
    }
    Optional<String> aggregateId = firstId(command);
    if (aggregateId.isEmpty()) {
      return new Owner(null, null);
    }
    DomainEventStream stream = events.readEvents(aggregateId.get());
    if (!stream.hasNext()) {
      return new Owner(null, null);
    }
    Object first = stream.next().getPayload();
    return new Owner(
        value(first, "learnerId").orElse(null), value(first, "providerId").orElse(null));
  }

  /**
   * The event-store key of the aggregate the command addresses: its {@code
   * TargetAggregateIdentifier} (a field or an accessor such as {@code aggregateId()}), else its
   * first {@code ...Id}.
   */
  private Optional<String> firstId(Object command) {
    for (java.lang.reflect.Method m : command.getClass().getMethods()) {
      if (m.getParameterCount() == 0
          && m.isAnnotationPresent(TargetAggregateIdentifier.class)
          && m.getReturnType() == String.class) {
        try {
          return Optional.ofNullable((String) m.invoke(command));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read the aggregate id of a command", e);
        }
      }
    }
    for (java.lang.reflect.Field f : command.getClass().getDeclaredFields()) {
      if (f.isAnnotationPresent(TargetAggregateIdentifier.class) && f.getType() == String.class) {
        return value(command, f.getName());
      }
    }
    for (RecordComponent c : components(command.getClass())) {
      if (c.getName().endsWith("Id") && c.getType() == String.class) {
        return value(command, c.getName());
      }
    }
    return Optional.empty();
  }

  private Optional<String> value(Object record, String name) {
    for (RecordComponent c : components(record.getClass())) {
      if (c.getName().equals(name) && c.getType() == String.class) {
        try {
          return Optional.ofNullable((String) c.getAccessor().invoke(record));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + name + " of a command", e);
        }
      }
    }
    return Optional.empty();
  }

  private RecordComponent[] components(Class<?> type) {
    return components.computeIfAbsent(
        type, t -> t.isRecord() ? t.getRecordComponents() : new RecordComponent[0]);
  }
}
