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

  /**
   * @param noTarget what {@link #resolveTarget} throws for a class with no annotated identifier: a
   *     command that creates its aggregate ({@code CreationPolicy.ALWAYS}, e.g. an import's new
   *     assessments), for which Axon asks and catches the exception. One per class, without a stack
   *     trace: building a message and a stack trace for each of an import's 720,000 such commands
   *     was 2% of its allocation (profiled at 25,000 learners).
   */
  private record Members(Reader identifier, Reader version, IllegalArgumentException noTarget) {}

  /** No annotated identifier on the command class: the same message, no stack trace. */
  private static final class NoTargetException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    NoTargetException(String message) {
      super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  private final ClassValue<Members> members =
      new ClassValue<>() {
        @Override
        protected Members computeValue(Class<?> type) {
          Reader identifier = find(type, TargetAggregateIdentifier.class);
          return new Members(
              identifier,
              find(type, TargetAggregateVersion.class),
              identifier == NONE ? new NoTargetException(noTarget(type)) : null);
        }
      };

  @Override
  public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
    Members m = members.get(command.getPayloadType());
    if (m.noTarget() != null) {
      throw m.noTarget();
    }
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
      throw new IllegalArgumentException(noTarget(command.getPayloadType()));
    }
    return new VersionedAggregateIdentifier(identifier, version);
  }

  private static String noTarget(Class<?> type) {
    return String.format(NO_TARGET, type.getSimpleName());
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
