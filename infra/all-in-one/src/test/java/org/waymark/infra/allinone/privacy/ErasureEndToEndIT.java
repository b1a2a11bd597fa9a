package org.waymark.infra.allinone.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.waymark.infra.allinone.RunningWaymark;
import org.waymark.infra.embedded.EmbeddedServices;
import org.waymark.infra.embedded.EmbeddedServicesExtension;
import org.waymark.infra.embedded.TestNamespace;
import org.waymark.infra.embedded.WithEmbeddedServices;
import org.waymark.privacy.LearnerKeys;
import org.waymark.privacy.MasterKey;
import org.waymark.privacy.PersonalData;

/**
 * Issue 7 end to end, both sides in one context on real PostgreSQL, Kafka and Elasticsearch: a
 * learner with a sentinel name and reviews with sentinel text (one confidential) among the e2e
 * dataset, with a target and an attendance amendment whose free text holds sentinels too. Free text
 * is never in the event store's raw payloads (sealed), and the confidential text never reaches the
 * event store's raw payloads or Elasticsearch; after erasure the name and the text are nowhere (raw
 * payloads, payloads with every sealed value opened with the keys that remain, every index, the
 * application log), every indicator answers exactly as before, and the audit trail shows who erased
 * and when.
 */
@WithEmbeddedServices
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ErasureEndToEndIT {
  static final String TOKEN = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  static final String GIVEN = "Zanzibar" + TOKEN;
  static final String FAMILY = "Quillfeather" + TOKEN;
  static final String SAID = "Wombatsaid" + TOKEN;
  static final String SECRET = "Confidentialpangolin" + TOKEN;
  static final String GOAL = "Kestrelgoal" + TOKEN;
  static final String EXCUSE = "Platypusexcuse" + TOKEN;
  static final String ID = "LZ9";

  static RunningWaymark waymark;
  static ListAppender<ILoggingEvent> log;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  /** The indicator endpoints whose answers must not change with an erasure. */
  static final List<String> INDICATORS =
      List.of(
          "/api/v1/indicators/attendance?from=2025-09-01&to=2025-09-05",
          "/api/v1/indicators/attendance?from=2025-09-01&to=2025-09-05&by=disadvantaged&suppress=false",
          "/api/v1/indicators/progress?area=maths&to=2025-12-31&by=sex&suppress=false",
          "/api/v1/indicators/targets?from=2025-09-01&to=2025-12-31",
          "/api/v1/indicators/reviews?at=2025-12-01",
          "/api/v1/indicators/reviews?at=2025-12-01&by=sex&suppress=false",
          "/api/v1/trends/absence-rate?from=2025-09-01&to=2025-09-30&interval=week");

  @BeforeAll
  static void start() throws Exception {
    waymark = RunningWaymark.start(ErasureEndToEndIT.class);
    // Attached once the application has configured logging (which resets appenders); everything
    // logged from the first import on is captured.
    log = new ListAppender<>();
    log.start();
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(log);
    LoggerFactory.getLogger(ErasureEndToEndIT.class).warn("log capture control line");
    waymark.importE2eDataset();
    waymark.importCsv(
        "learners",
        "learner_id,provider_id,given_name,family_name,date_of_birth,sex,ethnicity,send,"
            + "disadvantaged,looked_after,eal,year_group,enrolled_on\n"
            + ID
            + ",P1,"
            + GIVEN
            + ","
            + FAMILY
            + ",2011-04-10,F,WBRI,K,Y,N,N,9,2024-09-02\n");
    StringBuilder marks = new StringBuilder("learner_id,date,session,code,minutes_late,reason\n");
    for (int day = 1; day <= 5; day++) {
      marks.append(ID).append(",2025-09-0").append(day).append(",AM,/,,\n");
      marks
          .append(ID)
          .append(",2025-09-0")
          .append(day)
          .append(",PM,")
          .append(day == 3 ? "N" : "/")
          .append(",,\n");
    }
    waymark.importCsv("attendance", marks.toString());
    waymark.importCsv(
        "assessments",
        "learner_id,area,date,kind,score\n"
            + ID
            + ",maths,2025-09-03,BASELINE,2\n"
            + ID
            + ",maths,2025-11-20,PROGRESS,4\n");
    waymark.importCsv(
        "reviews",
        "review_id,learner_id,held_on,tutor,on_target,punctuality,working_towards,"
            + "learner_comment,tutor_comment,confidential,next_review_on\n"
            + "RZ1,"
            + ID
            + ",2025-11-20,Ms Tutor,Y,GOOD,Level 2,I am "
            + GIVEN
            + " "
            + SAID
            + ",Told "
            + FAMILY
            + " well done,N,2025-12-20\n");
    waymark.importCsv(
        "targets",
        "target_id,learner_id,area,description,set_on,due_on\n"
            + "TZ1,"
            + ID
            + ",maths,Halve a recipe like "
            + GOAL
            + ",2025-09-15,2025-10-23\n");
    // A changed code for a session already marked: an amendment with its reason.
    waymark.importCsv(
        "attendance",
        "learner_id,date,session,code,minutes_late,reason\n"
            + ID
            + ",2025-09-03,PM,I,,Mum phoned: "
            + EXCUSE
            + "\n");
    HttpResponse<String> confidential =
        waymark.sendJson(
            "POST",
            "/api/v1/reviews",
            "{\"reviewId\":\"RZ2\",\"learnerId\":\""
                + ID
                + "\",\"heldOn\":\"2025-11-25\","
                + "\"tutor\":\"Ms Tutor\",\"onTarget\":\"N\",\"punctuality\":\"POOR\","
                + "\"confidential\":\"Y\",\"tutorComment\":\""
                + SECRET
                + "\","
                + "\"whyNotMet\":\""
                + SECRET
                + " again\"}",
            waymark.as("tutor.a", "TUTOR"));
    assertThat(confidential.statusCode()).as(confidential.body()).isEqualTo(201);
    waymark.awaitCaughtUp();
  }

  @AfterAll
  static void stop() {
    if (waymark != null) {
      waymark.close();
    }
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(log);
  }

  static Connection db() throws Exception {
    EmbeddedServices services = EmbeddedServicesExtension.services();
    TestNamespace ns = EmbeddedServicesExtension.namespaceFor(ErasureEndToEndIT.class);
    return DriverManager.getConnection(
        services.jdbcUrl(ns.database()), services.jdbcUsername(), services.jdbcPassword());
  }

  /** Every raw payload in the event store, as stored (bytes as UTF-8). */
  static List<String> rawPayloads() throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = db();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT payload FROM domain_event_entry")) {
      while (rs.next()) {
        out.add(new String(rs.getBytes(1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  /** Every payload with each sealed value opened with the keys that remain (a fresh key store). */
  static List<String> openedPayloads() throws Exception {
    EmbeddedServices services = EmbeddedServicesExtension.services();
    TestNamespace ns = EmbeddedServicesExtension.namespaceFor(ErasureEndToEndIT.class);
    LearnerKeys keys =
        new LearnerKeys(
            new DriverManagerDataSource(
                services.jdbcUrl(ns.database()), services.jdbcUsername(), services.jdbcPassword()),
            MasterKey.fromFile(services.settings().dataDir().resolve("master.key")),
            0,
            Clock.systemUTC());
    PersonalData data = new PersonalData(keys);
    List<String> out = new ArrayList<>();
    int sealed = 0;
    for (String raw : rawPayloads()) {
      JsonNode node = RunningWaymark.JSON.readTree(raw);
      String learnerId = node.path("learnerId").asText(null);
      StringBuilder text = new StringBuilder(raw);
      for (String value : sealedValues(node, new ArrayList<>())) {
        sealed++;
        PersonalData.Opened opened = data.open(learnerId, value);
        text.append(' ').append(opened.erased() ? "[erased]" : opened.text());
      }
      out.add(text.toString());
    }
    assertThat(sealed).as("sealed values in the store").isGreaterThan(20);
    return out;
  }

  static List<String> sealedValues(JsonNode node, List<String> into) {
    if (node.isTextual() && PersonalData.isSealed(node.asText())) {
      into.add(node.asText());
    }
    node.forEach(child -> sealedValues(child, into));
    return into;
  }

  /** Every document's {@code _source} in every index of this test, scrolled through. */
  static String everyIndexedSource() throws Exception {
    String es = EmbeddedServicesExtension.services().elasticsearchUrl();
    String indices = EmbeddedServicesExtension.namespaceFor(ErasureEndToEndIT.class).name() + "*";
    send("POST", es + "/" + indices + "/_refresh", null);
    StringBuilder all = new StringBuilder();
    JsonNode page =
        RunningWaymark.JSON.readTree(
            send(
                "POST",
                es + "/" + indices + "/_search?scroll=1m",
                "{\"size\":1000,\"query\":{\"match_all\":{}}}"));
    int docs = 0;
    while (page.path("hits").path("hits").size() > 0) {
      for (JsonNode hit : page.path("hits").path("hits")) {
        all.append(hit.path("_index").asText())
            .append(' ')
            .append(hit.path("_source"))
            .append('\n');
        docs++;
      }
      page =
          RunningWaymark.JSON.readTree(
              send(
                  "POST",
                  es + "/_search/scroll",
                  "{\"scroll\":\"1m\",\"scroll_id\":\"" + page.get("_scroll_id").asText() + "\"}"));
    }
    assertThat(docs).as("documents scanned").isGreaterThan(100);
    return all.toString();
  }

  /** Hits of a full-text search for {@code word} over every field of every index. */
  static long searchHits(String word) throws Exception {
    String es = EmbeddedServicesExtension.services().elasticsearchUrl();
    String indices = EmbeddedServicesExtension.namespaceFor(ErasureEndToEndIT.class).name() + "*";
    JsonNode r =
        RunningWaymark.JSON.readTree(
            send(
                "POST",
                es + "/" + indices + "/_search",
                "{\"query\":{\"query_string\":{\"query\":\"*"
                    + word
                    + "*\",\"fields\":[\"*\"],"
                    + "\"lenient\":true}}}"));
    return r.path("hits").path("total").path("value").asLong();
  }

  static String send(String method, String url, String json) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
    return r.body();
  }

  static String capturedLog() {
    StringBuilder out = new StringBuilder();
    for (ILoggingEvent e : List.copyOf(log.list)) {
      out.append(e.getLoggerName()).append(' ').append(e.getFormattedMessage()).append('\n');
      for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        out.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
      }
    }
    return out.toString();
  }

  static Map<String, JsonNode> indicators() throws Exception {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (String path : INDICATORS) {
      out.put(path, waymark.get(path));
    }
    return out;
  }

  static List<String> sentinels() {
    return List.of(GIVEN, FAMILY, SAID, SECRET, GOAL, EXCUSE);
  }

  @Test
  @Order(1)
  void aConfidentialReviewIsNeverInTheStoresPayloadsNorInElasticsearch() throws Exception {
    assertThat(rawPayloads()).noneMatch(p -> p.contains(SECRET));
    // A target's description and an amendment's reason are sealed in the store from the start.
    assertThat(rawPayloads()).noneMatch(p -> p.contains(GOAL) || p.contains(EXCUSE));
    assertThat(openedPayloads()).anyMatch(p -> p.contains(GOAL)).anyMatch(p -> p.contains(EXCUSE));
    String indexed = everyIndexedSource();
    assertThat(indexed).doesNotContain(SECRET);
    assertThat(searchHits(SECRET)).isZero();
    // The scan sees what is there: the learner's name and the ordinary review's text are indexed.
    assertThat(indexed).contains(GIVEN).contains(SAID).contains(EXCUSE);
    // Only its authorised reader gets it, and the read is audited.
    HttpResponse<String> read =
        waymark.sendJson(
            "GET",
            "/api/v1/reviews/RZ2/confidential",
            null,
            waymark.as("lead.b", "SAFEGUARDING_LEAD"));
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(read.body()).contains(SECRET);
    assertThat(
            waymark
                .sendJson(
                    "GET", "/api/v1/reviews/RZ2/confidential", null, waymark.as("tutor.c", "TUTOR"))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  @Order(2)
  void afterErasureTheNameAndTextAreNowhereAndEveryIndicatorIsUnchanged() throws Exception {
    Map<String, JsonNode> before = indicators();
    assertThat(waymark.get("/api/v1/learners/" + ID).toString()).contains(GIVEN);

    HttpResponse<String> erased =
        waymark.sendJson(
            "POST",
            "/api/v1/learners/" + ID + "/erasure",
            "{\"basis\":\"DATA_SUBJECT_REQUEST\"}",
            waymark.as("dpo.admin", "ADMIN"));
    assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
    waymark.awaitCaughtUp();

    for (String sentinel : sentinels()) {
      assertThat(rawPayloads()).as("raw payloads").noneMatch(p -> p.contains(sentinel));
      assertThat(openedPayloads()).as("opened payloads").noneMatch(p -> p.contains(sentinel));
      assertThat(everyIndexedSource()).as("indices").doesNotContain(sentinel);
      assertThat(searchHits(sentinel)).as("search for " + sentinel).isZero();
      assertThat(capturedLog()).as("application log").doesNotContain(sentinel);
    }
    assertThat(capturedLog()).contains("log capture control line");
    assertThat(indicators()).isEqualTo(before);

    JsonNode learner = waymark.get("/api/v1/learners/" + ID);
    assertThat(learner.get("givenName").isNull()).as(learner.toString()).isTrue();
    assertThat(learner.get("familyName").isNull()).isTrue();
    assertThat(learner.toString()).contains("\"ethnicity\":\"WBRI\"");

    JsonNode audit = waymark.get("/api/v1/audit/learners/" + ID);
    JsonNode erasure = null;
    for (JsonNode e : audit.get("events")) {
      if ("LearnerErasedEvent".equals(e.get("type").asText())) {
        erasure = e;
      }
    }
    assertThat(erasure).as(audit.toString()).isNotNull();
    assertThat(erasure.get("recordedBy").asText()).isEqualTo("dpo.admin");
    assertThat(erasure.get("recordedAt").asText()).isNotBlank();
    assertThat(erasure.get("payload").get("basis").asText()).isEqualTo("DATA_SUBJECT_REQUEST");

    assertThat(
            waymark
                .sendJson(
                    "GET",
                    "/api/v1/reviews/RZ2/confidential",
                    null,
                    waymark.as("lead.b", "SAFEGUARDING_LEAD"))
                .statusCode())
        .isEqualTo(410);
  }
}
