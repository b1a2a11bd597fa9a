package org.waymark.command.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.waymark.command.CommandSideServices;
import org.waymark.infra.embedded.WithEmbeddedServices;

/**
 * CONTRACT.md's import on real PostgreSQL and Kafka: a valid file, a bad row among thousands
 * (nothing written), a re-import (nothing appended), an amendment, and a domain rejection after
 * other rows were sent (rolled back).
 */
@WithEmbeddedServices
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ImportIT {
  @DynamicPropertySource
  static void services(DynamicPropertyRegistry r) {
    CommandSideServices.register(r, ImportIT.class);
  }

  @Autowired TestRestTemplate http;

  @org.junit.jupiter.api.BeforeEach
  void signIn() {
    http = org.waymark.command.CommandSideServices.signedIn(http);
  }

  @Autowired JdbcTemplate jdbc;

  ResponseEntity<JsonNode> importCsv(String dataset, String csv) {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.parseMediaType("text/csv"));
    return http.postForEntity(
        "/api/v1/imports/" + dataset, new HttpEntity<>(csv, h), JsonNode.class);
  }

  long events() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
  }

  long events(String type) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM domain_event_entry WHERE payload_type = ?",
        Long.class,
        "org.waymark.api." + type);
  }

  static final String LEARNERS =
      "\uFEFFlearner_id,provider_id,given_name,family_name,date_of_birth,sex,ethnicity,send,"
          + "disadvantaged,looked_after,eal,year_group,enrolled_on\r\n"
          + "IMP-1,P-1,Ann,\"O'Neil, Jr\",2012-01-02,F,WIRT,N,Y,N,N,9,2023-09-04\r\n"
          + "IMP-2,P-1,Bob,Smith,2011-05-06,M,APKN,K,N,N,Y,10,2022-09-05\r\n";

  @Autowired org.axonframework.config.Configuration axon;

  @Test
  void aggregatesResolveCommandTargetsWithTheMemberCachingResolver() {
    assertThat(
            axon.getComponent(org.axonframework.modelling.command.CommandTargetResolver.class)
                .getClass()
                .getName())
        .isEqualTo("org.waymark.command.config.MemberCachingTargetResolver");
  }

  @Test
  void aValidFileIsImportedAndAnIdenticalReImportAppendsNothing() {
    ResponseEntity<JsonNode> first = importCsv("learners", LEARNERS);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(first.getBody().get("rows").asLong()).isEqualTo(2);
    assertThat(first.getBody().get("events").asLong()).isEqualTo(2);
    assertThat(first.getBody().get("importId").asText()).isNotBlank();
    assertThat(first.getBody().get("position").asLong()).isGreaterThanOrEqualTo(1);
    String family =
        jdbc.queryForObject(
            "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = 'IMP-1'",
            String.class);
    assertThat(family).doesNotContain("O'Neil"); // sealed with the learner's key (issue 7)
    long before = events();

    ResponseEntity<JsonNode> again = importCsv("learners", LEARNERS);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(again.getBody().get("events").asLong()).isZero();
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void aChangedValueForTheSameNaturalKeyIsAnAmendment() {
    importCsv("learners", LEARNERS.replace("IMP-", "AMD-"));
    long amendments = events("learner.LearnerRecordAmendedEvent");

    ResponseEntity<JsonNode> changed =
        importCsv("learners", LEARNERS.replace("IMP-", "AMD-").replace(",APKN,K,", ",APKN,E,"));

    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(changed.getBody().get("events").asLong()).isEqualTo(1);
    assertThat(events("learner.LearnerRecordAmendedEvent")).isEqualTo(amendments + 1);
    String amendment =
        jdbc.queryForObject(
            "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier"
                + " = 'AMD-2' AND payload_type LIKE '%Amended%'",
            String.class);
    assertThat(amendment)
        .contains("\"field\":\"send\"", "\"oldValue\":\"K\"", "\"newValue\":\"E\"");
  }

  static String register(int learners, LocalDate from, int days) {
    StringBuilder csv = new StringBuilder("learner_id,date,session,code,minutes_late,reason\n");
    for (int l = 0; l < learners; l++) {
      for (int d = 0; d < days; d++) {
        LocalDate day = from.plusDays(d);
        csv.append("REG-").append(l).append(',').append(day).append(",AM,/,,\n");
        csv.append("REG-").append(l).append(',').append(day).append(",PM,\\,,\n");
      }
    }
    return csv.toString();
  }

  @Test
  void oneBadRowAmongThousandsIsListedAndNothingIsWritten() {
    String csv = register(50, LocalDate.of(2026, 9, 7), 40); // 4,000 marks
    List<String> lines = new ArrayList<>(List.of(csv.split("\n")));
    lines.set(2501, lines.get(2501).replace(",/,", ",ZZ,")); // an AM mark (odd lines)
    lines.set(3100, lines.get(3100).replace("2026-", "2026/"));
    long before = events();

    ResponseEntity<JsonNode> response = importCsv("attendance", String.join("\n", lines) + "\n");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode errors = response.getBody().get("errors");
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).get("row").asLong()).isEqualTo(2502);
    assertThat(errors.get(0).get("column").asText()).isEqualTo("code");
    assertThat(errors.get(0).get("value").asText()).isEqualTo("ZZ");
    assertThat(errors.get(1).get("row").asLong()).isEqualTo(3101);
    assertThat(errors.get(1).get("column").asText()).isEqualTo("date");
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void problemsFoundAfterChunksWereSentAreAllListedAndTheChunksRolledBack() {
    StringBuilder csv = new StringBuilder("learner_id,area,date,kind,score\n");
    for (int i = 1; i <= 2_500; i++) {
      String score = i == 1_800 || i == 2_401 ? "high" : "4";
      csv.append("CH-").append(i).append(",maths,2026-09-01,BASELINE,").append(score).append('\n');
    }
    long before = events();

    ResponseEntity<JsonNode> response = importCsv("assessments", csv.toString());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = response.getBody().get("errors");
    assertThat(errors).extracting(e -> e.get("row").asLong()).containsExactly(1_801L, 2_402L);
    assertThat(errors).extracting(e -> e.get("column").asText()).containsOnly("score");
    assertThat(events()).as("the first 1,000 rows' events were rolled back").isEqualTo(before);
  }

  @Test
  void aRowTheDomainRejectsIsReportedOnlyWhenTheFileHasNoProblemOfItsOwn() {
    String rejectedThenBad =
        "target_id,date,outcome\n" + "NO-SUCH-1,2026-10-01,MET\n" + "NO-SUCH-2,2026-10-01,MAYBE\n";
    String rejectedOnly = "target_id,date,outcome\n" + "NO-SUCH-1,2026-10-01,MET\n";
    long before = events();

    ResponseEntity<JsonNode> bad = importCsv("target_outcomes", rejectedThenBad);
    ResponseEntity<JsonNode> rejected = importCsv("target_outcomes", rejectedOnly);

    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().get("errors"))
        .extracting(e -> e.get("row").asLong() + ":" + e.get("column").asText())
        .containsExactly("3:outcome");
    assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rejected.getBody().get("errors").get(0).get("row").asLong()).isEqualTo(2);
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void aRegisterIsOneEventPerLearnerAndAChangedCodeAnAmendmentWithItsReason() {
    String csv = register(3, LocalDate.of(2026, 10, 5), 5).replace("REG-", "AT-");

    ResponseEntity<JsonNode> first = importCsv("attendance", csv);
    assertThat(first.getBody().get("rows").asLong()).isEqualTo(30);
    assertThat(first.getBody().get("events").asLong()).isEqualTo(3);

    String amended = csv.replace("AT-1,2026-10-06,PM,\\,,", "AT-1,2026-10-06,PM,I,,parent phoned");
    ResponseEntity<JsonNode> second = importCsv("attendance", amended);

    assertThat(second.getBody().get("events").asLong()).isEqualTo(1);
    String event =
        jdbc.queryForObject(
            "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE payload_type = 'org.waymark.api.attendance.AttendanceMarkAmendedEvent'",
            String.class);
    assertThat(event)
        .contains("\"oldCode\":\"\\\\\"", "\"newCode\":\"I\"")
        .contains("\"reason\":\"wmenc:v1:") // sealed with the learner's key
        .doesNotContain("parent phoned");
  }

  @Test
  void aRegisterCachedByAnImportThatRollsBackIsNotUsedAfterwards() {
    String register = register(1, LocalDate.of(2026, 10, 5), 5).replace("REG-", "CA-");
    assertThat(importCsv("attendance", register).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    // CA-0's amendment is in the first chunk of 20,000 rows, sent and its unit of work committed
    // (the register cached) before the last row's problem rolls the whole import back.
    StringBuilder failing =
        new StringBuilder(register(100, LocalDate.of(2026, 1, 5), 100).replace("REG-", "CF-"));
    failing.insert(failing.indexOf("\n") + 1, "CA-0,2026-10-05,AM,N,,\n");
    failing.append("CF-0,2026-04-20,AM,QQ,,\n");

    ResponseEntity<JsonNode> rolledBack = importCsv("attendance", failing.toString());
    assertThat(rolledBack.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<JsonNode> amended =
        importCsv("attendance", "learner_id,date,session,code\nCA-0,2026-10-05,AM,L\n");

    assertThat(amended.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(amended.getBody().get("events").asLong()).isEqualTo(1);
    List<String> stored =
        jdbc.queryForList(
            "SELECT sequence_number || ' ' || convert_from(payload, 'UTF8') FROM domain_event_entry"
                + " WHERE aggregate_identifier = 'attendance:CA-0' ORDER BY sequence_number",
            String.class);
    assertThat(stored).hasSize(2);
    assertThat(stored.get(1))
        .as("the amendment follows the committed register, not the rolled-back N")
        .startsWith("1 ")
        .contains("\"oldCode\":\"/\"", "\"newCode\":\"L\"");
  }

  @Test
  void aRowTheDomainRejectsRollsBackRowsAlreadySent() {
    String csv =
        "learner_id,date,session,code\n"
            + "RB-1,2026-11-02,AM,/\n"
            + "RB-2,2026-11-02,AM,/\n"
            + "RB-2,2026-11-02,AM,N\n";
    long before = events();

    ResponseEntity<JsonNode> response = importCsv("attendance", csv);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("errors").get(0).get("row").asLong()).isEqualTo(4);
    assertThat(events()).as("RB-1's marks were rolled back too").isEqualTo(before);
  }

  @Test
  void headerProblemsAndUnknownDatasetsAreNamed() {
    ResponseEntity<JsonNode> unknownColumn =
        importCsv("providers", "provider_id,name,kind,registered,colour\nP-1,A,SCHOOL,Y,red\n");
    ResponseEntity<JsonNode> missingColumn = importCsv("providers", "provider_id,name\nP-1,A\n");
    ResponseEntity<JsonNode> unknownDataset = importCsv("pets", "a\n1\n");

    assertThat(unknownColumn.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownColumn.getBody().get("errors").get(0).get("column").asText())
        .isEqualTo("colour");
    assertThat(missingColumn.getBody().get("errors"))
        .extracting(e -> e.get("column").asText())
        .containsExactlyInAnyOrder("kind", "registered");
    assertThat(unknownDataset.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aProviderALearnerAndAPlacementMayShareAnId() {
    ResponseEntity<JsonNode> provider =
        importCsv("providers", "provider_id,name,kind,registered\nSAME-1,Oak,SCHOOL,Y\n");
    ResponseEntity<JsonNode> learner =
        importCsv("learners", LEARNERS.replace("IMP-1,", "SAME-1,").replace("IMP-2", "SAME-2"));
    ResponseEntity<JsonNode> placement =
        importCsv(
            "placements",
            "placement_id,learner_id,provider_id,start_on,hours_per_week\n"
                + "SAME-1,SAME-1,SAME-1,2026-01-05,12\n");

    assertThat(provider.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(learner.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(placement.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(
            jdbc.queryForList(
                "SELECT aggregate_identifier FROM domain_event_entry "
                    + "WHERE aggregate_identifier LIKE '%SAME-1' ORDER BY 1",
                String.class))
        .containsExactly("SAME-1", "placement:SAME-1", "provider:SAME-1");
  }
}
