package org.waymark.command.config;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Resolves a command's target aggregate as Axon's {@code AnnotationCommandTargetResolver} does (the
 * first method, else the first field, annotated {@link TargetAggregateIdentifier}; likewise {@link
 * TargetAggregateVersion}; the same errors), but finds those members once per command class. Axon's
 * resolver walks every method and field of the payload, with their annotations, for every command
 * it routes: 8.6% of an import's CPU when profiled at 5,000 learners.
 */
final class MemberCachingTargetResolver implements CommandTargetResolver {
  private static final String NO_TARGET =
      "Invalid command. It does not identify the target aggregate. Make sure at least one of the"
          + " fields or methods in the [%s] class contains the @TargetAggregateIdentifier"
          + " annotation and that it returns a non-null value.";

  /** How to read one annotated member of a payload; {@link #NONE} when the class has none. */
  private interface Reader {
    Object read(Object payload) throws InvocationTargetException, IllegalAccessException;
  }

  private static final Reader NONE = payload -> null;

  private record Members(Reader identifier, Reader version) {}

  private final ClassValue<Members> members =
      new ClassValue<>() {
        @Override
        protected Members computeValue(Class<?> type) {
          return new Members(
              find(type, TargetAggregateIdentifier.class),
              find(type, TargetAggregateVersion.class));
        }
      };

  @Override
  public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
    Members m = members.get(command.getPayloadType());
    Object payload = command.getPayload();
    Object identifier;
    Long version;
    try {
      identifier = m.identifier().read(payload);
      version = asLong(m.version().read(payload));
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(
          "An exception occurred while extracting aggregate information form a command", e);
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException(
          "The current security context does not allow extraction of aggregate information from"
              + " the given command.",
          e);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("The value provided for the version is not a number.", e);
    }
    if (identifier == null) {
      throw new IllegalArgumentException(
          String.format(NO_TARGET, command.getPayloadType().getSimpleName()));
    }
    return new VersionedAggregateIdentifier(identifier, version);
  }

  private static Long asLong(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Number n) {
      return n.longValue();
    }
    return Long.parseLong(value.toString());
  }

  /** Methods first, then fields, in the order Axon's reflection utilities list them. */
  private static Reader find(Class<?> type, Class<? extends Annotation> annotation) {
    for (Method method : ReflectionUtils.methodsOf(type)) {
      if (AnnotationUtils.isAnnotationPresent(method, annotation)) {
        Method accessible = ReflectionUtils.ensureAccessible(method);
        return accessible::invoke;
      }
    }
    for (Field field : ReflectionUtils.fieldsOf(type)) {
      if (AnnotationUtils.isAnnotationPresent(field, annotation)) {
        Field accessible = ReflectionUtils.ensureAccessible(field);
        return accessible::get;
      }
    }
    return NONE;
  }
}
