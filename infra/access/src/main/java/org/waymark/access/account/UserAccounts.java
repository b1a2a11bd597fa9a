package org.waymark.access.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.access.Role;
import org.waymark.access.WaymarkUser;

/**
 * Local accounts and tutors' learner assignments in PostgreSQL, in a schema of their own ({@code
 * access}), apart from the event store. Passwords are stored only as encoder hashes. Every change
 * is written to {@code access.access_log} (who, when, what; never a password).
 */
public class UserAccounts {
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;

  public UserAccounts(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.clock = clock;
  }

  /** Creates the schema if missing; both sides may start at once, so under an advisory lock. */
  public void createSchema() {
    tx.executeWithoutResult(
        s -> {
          jdbc.queryForObject("SELECT pg_advisory_xact_lock(7070707)", Object.class);
          jdbc.execute("CREATE SCHEMA IF NOT EXISTS access");
          jdbc.execute(
              "CREATE TABLE IF NOT EXISTS access.user_account (username text PRIMARY KEY,"
                  + " password_hash text NOT NULL, roles text NOT NULL, providers text NOT NULL,"
                  + " created_at timestamptz NOT NULL, created_by text NOT NULL)");
          jdbc.execute(
              "CREATE TABLE IF NOT EXISTS access.tutor_learner (username text NOT NULL,"
                  + " learner_id text NOT NULL, assigned_at timestamptz NOT NULL,"
                  + " assigned_by text NOT NULL, PRIMARY KEY (username, learner_id))");
          jdbc.execute(
              "CREATE TABLE IF NOT EXISTS access.access_log (id bigserial PRIMARY KEY,"
                  + " at timestamptz NOT NULL, actor text NOT NULL, action text NOT NULL,"
                  + " subject text NOT NULL)");
        });
  }

  Optional<Account> find(String username) {
    return jdbc
        .query(
            "SELECT username, password_hash, roles, providers FROM access.user_account"
                + " WHERE username = ?",
            (rs, i) ->
                new Account(
                    rs.getString(1),
                    rs.getString(2),
                    roles(rs.getString(3)),
                    split(rs.getString(4))),
            username)
        .stream()
        .findFirst();
  }

  /** Every account, without hashes, ordered by username. */
  public List<WaymarkUser> list() {
    return jdbc.query(
        "SELECT username, roles, providers FROM access.user_account ORDER BY username",
        (rs, i) ->
            new WaymarkUser(rs.getString(1), roles(rs.getString(2)), split(rs.getString(3))));
  }

  public long count() {
    Long n = jdbc.queryForObject("SELECT count(*) FROM access.user_account", Long.class);
    return n == null ? 0 : n;
  }

  /**
   * Creates the account, or replaces its password hash, roles and providers.
   *
   * @return true when it was created
   */
  boolean save(WaymarkUser user, String passwordHash, String actor) {
    Instant now = clock.instant();
    String roles = join(user.roles().stream().map(Role::name).collect(Collectors.toSet()));
    Boolean created =
        tx.execute(
            s -> {
              int updated =
                  jdbc.update(
                      "UPDATE access.user_account SET password_hash = ?, roles = ?, providers = ?"
                          + " WHERE username = ?",
                      passwordHash,
                      roles,
                      join(user.providers()),
                      user.username());
              if (updated == 0) {
                jdbc.update(
                    "INSERT INTO access.user_account (username, password_hash, roles, providers,"
                        + " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)",
                    user.username(),
                    passwordHash,
                    roles,
                    join(user.providers()),
                    java.sql.Timestamp.from(now),
                    actor);
              }
              log(actor, updated == 0 ? "account-created" : "account-replaced", user, now);
              return updated == 0;
            });
    return Boolean.TRUE.equals(created);
  }

  /**
   * Creates the account only when there is no account at all (bootstrap); safe when two processes
   * race.
   */
  boolean createFirst(WaymarkUser user, String passwordHash) {
    Boolean created =
        tx.execute(
            s -> {
              jdbc.queryForObject("SELECT pg_advisory_xact_lock(7070708)", Object.class);
              if (count() > 0) {
                return false;
              }
              save(user, passwordHash, "bootstrap");
              return true;
            });
    return Boolean.TRUE.equals(created);
  }

  boolean delete(String username, String actor) {
    Boolean deleted =
        tx.execute(
            s -> {
              int n = jdbc.update("DELETE FROM access.user_account WHERE username = ?", username);
              jdbc.update("DELETE FROM access.tutor_learner WHERE username = ?", username);
              if (n > 0) {
                jdbc.update(
                    "INSERT INTO access.access_log (at, actor, action, subject) VALUES (?,?,?,?)",
                    java.sql.Timestamp.from(clock.instant()),
                    actor,
                    "account-deleted",
                    username);
              }
              return n > 0;
            });
    return Boolean.TRUE.equals(deleted);
  }

  /** How many accounts hold ADMIN. */
  long admins() {
    return list().stream().filter(u -> u.has(Role.ADMIN)).count();
  }

  /** Replaces the learners assigned to a tutor. */
  void assign(String username, Set<String> learnerIds, String actor) {
    tx.executeWithoutResult(
        s -> {
          jdbc.update("DELETE FROM access.tutor_learner WHERE username = ?", username);
          java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
          jdbc.batchUpdate(
              "INSERT INTO access.tutor_learner (username, learner_id, assigned_at, assigned_by)"
                  + " VALUES (?, ?, ?, ?)",
              learnerIds.stream().map(id -> new Object[] {username, id, now, actor}).toList());
          jdbc.update(
              "INSERT INTO access.access_log (at, actor, action, subject) VALUES (?,?,?,?)",
              now,
              actor,
              "learners-assigned:" + learnerIds.size(),
              username);
        });
  }

  /** The learners assigned to {@code username} as their tutor. */
  public Set<String> learnersOf(String username) {
    return new TreeSet<>(
        jdbc.queryForList(
            "SELECT learner_id FROM access.tutor_learner WHERE username = ?",
            String.class,
            username));
  }

  private void log(String actor, String action, WaymarkUser user, Instant at) {
    jdbc.update(
        "INSERT INTO access.access_log (at, actor, action, subject) VALUES (?,?,?,?)",
        java.sql.Timestamp.from(at),
        actor,
        action
            + " roles="
            + join(user.roles().stream().map(Role::name).collect(Collectors.toSet()))
            + " providers="
            + (user.allProviders() ? "*" : join(user.providers())),
        user.username());
  }

  private static String join(Set<String> values) {
    return String.join(",", new TreeSet<>(values));
  }

  private static Set<String> split(String text) {
    if (text == null || text.isBlank()) {
      return Set.of();
    }
    return new LinkedHashSet<>(Arrays.asList(text.split(",")));
  }

  private static Set<Role> roles(String text) {
    Set<Role> out = EnumSet.noneOf(Role.class);
    for (String r : split(text)) {
      out.add(Role.valueOf(r));
    }
    return out;
  }
}
