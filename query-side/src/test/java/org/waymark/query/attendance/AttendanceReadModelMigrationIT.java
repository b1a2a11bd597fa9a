package org.waymark.query.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.waymark.api.attendance.AttendanceMarkAmendedEvent;
import org.waymark.api.attendance.Session;
import org.waymark.infra.embedded.WithEmbeddedServices;
import org.waymark.query.QuerySideHarness;

/**
 * An upgrade from the attendance read model of a mark per nested entry (version 1) to a day per
 * entry (version 3): at start the old index behind the alias cannot answer the new queries, so it
 * is replaced by an empty version 3 index and the attendance processing group replays the history
 * into it, and the answers are what they were, now and as at a past instant.
 */
@WithEmbeddedServices
class AttendanceReadModelMigrationIT {
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void anOldIndexBehindTheAliasIsReplacedAndTheGroupReplaysIntoTheNewOne() throws Exception {
    try (QuerySideHarness q =
        QuerySideHarness.start(AttendanceReadModelMigrationIT.class, "migration")) {
      for (int n = 1; n <= 12; n++) {
        q.publish(
            AttendanceIndicatorIT.registered(n),
            AttendanceIndicatorIT.id(n),
            n,
            AttendanceIndicatorIT.REGISTERED);
      }
      for (int n = 1; n <= 11; n++) {
        q.publish(
            AttendanceIndicatorIT.septemberAndOctober(
                n, AttendanceIndicatorIT.SEPTEMBER_CODES[n - 1]),
            "attendance:" + AttendanceIndicatorIT.id(n),
            12 + n,
            AttendanceIndicatorIT.MARKED);
      }
      q.publish(
          new AttendanceMarkAmendedEvent(
              "L-03", LocalDate.of(2025, 9, 5), Session.PM, "N", "M", "appointment letter"),
          "attendance:L-03",
          24,
          AttendanceIndicatorIT.AMENDED);
      q.awaitCaughtUpTo(24);
      String september = AttendanceIndicatorIT.SEPTEMBER + "&by=sex&suppress=false";
      String beforeAmendment = september + "&asAt=" + AttendanceIndicatorIT.AMENDED.minusSeconds(1);
      JsonNode now = q.json(september);
      JsonNode then = q.json(beforeAmendment);
      assertThat(now.at("/total/authorised").asInt())
          .as("the amendment made an unauthorised absence authorised")
          .isEqualTo(then.at("/total/authorised").asInt() + 1);
      String alias = q.indexPrefix() + "-attendance";
      String es = q.services().elasticsearchUrl();
      assertThat(q.indicesBehind(alias)).containsExactly(alias + "-v4");

      q.restart(
          () -> {
            // What a deployment of the previous version left: version 1 behind the alias (here
            // empty: its documents have no days to count) and the group's token at the head.
            send(es, "DELETE", "/" + alias + "-v4", null);
            send(es, "PUT", "/" + alias + "-v1", resource("elasticsearch/attendance-v1.json"));
            send(es, "PUT", "/" + alias + "-v1/_alias/" + alias, null);
            // and an index of a rebuild that never finished
            send(es, "PUT", "/" + alias + "-v2", resource("elasticsearch/attendance-v1.json"));
            assertThat(tokens(q, "attendance"))
                .as("the group's token is kept while stopped")
                .isPositive();
          });

      q.awaitCaughtUpTo(24);
      assertThat(q.indicesBehind(alias)).containsExactly(alias + "-v4");
      assertThat(send(es, "HEAD", "/" + alias + "-v1", null)).isEqualTo(404);
      assertThat(send(es, "HEAD", "/" + alias + "-v2", null)).isEqualTo(404);
      assertThat(q.json(september)).isEqualTo(now);
      assertThat(q.json(beforeAmendment)).isEqualTo(then);
    }
  }

  static long tokens(QuerySideHarness q, String processor) {
    try (Connection c =
            DriverManager.getConnection(
                q.jdbcUrl(), q.services().jdbcUsername(), q.services().jdbcPassword());
        PreparedStatement s =
            c.prepareStatement("SELECT COUNT(*) FROM token_entry WHERE processor_name = ?")) {
      s.setString(1, processor);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }

  static String resource(String name) {
    try (InputStream in =
        AttendanceReadModelMigrationIT.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static int send(String es, String method, String path, String body) {
    try {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(es + path)).header("Content-Type", "application/json");
      b.method(
          method,
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body));
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      if (!method.equals("HEAD") && r.statusCode() >= 300) {
        throw new AssertionError(method + " " + path + ": " + r.statusCode() + " " + r.body());
      }
      return r.statusCode();
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
