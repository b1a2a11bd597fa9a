package org.waymark.command.cache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The aggregate caches of the command side, each an {@link AggregateCache} named by its aggregate's
 * {@code @Aggregate(cache = …)}.
 *
 * <ul>
 *   <li>{@value #REGISTERS}: attendance registers. A year's register is one event of about 380
 *       marks (23 KB), and an import of register amendments, one or two a learner, loaded and
 *       replayed it for each of them (50 s of the 25,000-learner benchmark's import, half of it
 *       turning the JSON back into marks). A register's state is a byte a session ({@code
 *       SlotCodes}): codes only. {@code waymark.command.register-cache-entries}, default {@value
 *       #DEFAULT_REGISTERS}, a local authority's learners.
 *   <li>{@value #TARGETS}: targets. Each outcome loaded its target from the store (68,766 loads in
 *       the benchmark's outcomes file, created by the targets file just before). A target keeps its
 *       description, measure and outcome notes sealed, as the events hold them. {@code
 *       waymark.command.target-cache-entries}, default {@value #DEFAULT_TARGETS}, a year's targets
 *       at that scale.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCaches {
  /** The cache {@code AttendanceRegister} names. */
  public static final String REGISTERS = "attendanceRegisterCache";

  /** The cache {@code Target} names. */
  public static final String TARGETS = "targetCache";

  static final int DEFAULT_REGISTERS = 30_000;
  static final int DEFAULT_TARGETS = 100_000;

  @Bean(REGISTERS)
  AggregateCache attendanceRegisterCache(
      @Value("${waymark.command.register-cache-entries:30000}") int capacity) {
    return new AggregateCache("waymark.command.register-cache-entries", capacity);
  }

  @Bean(TARGETS)
  AggregateCache targetCache(
      @Value("${waymark.command.target-cache-entries:100000}") int capacity) {
    return new AggregateCache("waymark.command.target-cache-entries", capacity);
  }
}
