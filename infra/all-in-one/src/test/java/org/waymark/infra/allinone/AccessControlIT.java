package org.waymark.infra.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.access.account.BasicCredentials;
import org.waymark.infra.embedded.WithEmbeddedServices;

/**
 * Issue 7's access rules against the real all-in-one (both sides, real PostgreSQL, Kafka and
 * Elasticsearch) holding the end-to-end dataset: a role × endpoint matrix (401 without credentials,
 * 403 outside the role or the provider scope, allowed within), governors' answers for every {@code
 * by}, tutors' assignments, bearer JWTs signed by a key the test makes, login rate limiting, CSRF
 * on sessions and the security headers.
 */
@WithEmbeddedServices
class AccessControlIT {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String PASSWORD = "access-it-password-42";
  static final String PERIOD = "from=2025-09-01&to=2025-12-19";

  @TempDir static Path keys;
  static KeyPair keyPair;
  static RunningWaymark waymark;

  /** The accounts of the matrix, by the name the expectations use. */
  static final Map<String, String> AUTH = new LinkedHashMap<>();

  @BeforeAll
  static void start() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    keyPair = g.generateKeyPair();
    Path pem = keys.resolve("idp-public.pem");
    Files.writeString(
        pem,
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keyPair.getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----\n");
    waymark =
        RunningWaymark.start(
            AccessControlIT.class,
            Map.of(
                "spring.security.oauth2.resourceserver.jwt.public-key-location",
                pem.toUri().toString(),
                "waymark.security.login.max-failures",
                "3"));
    waymark.importE2eDataset();
    account("TUTOR", List.of("TUTOR"), List.of());
    account("SENIOR_MANAGER", List.of("SENIOR_MANAGER"), List.of("P1"));
    account("MANAGER_AP1", List.of("SENIOR_MANAGER"), List.of("AP1"));
    account("GOVERNOR", List.of("GOVERNOR"), List.of());
    account("INSPECTOR", List.of("INSPECTOR"), List.of());
    account("SAFEGUARDING_LEAD", List.of("SAFEGUARDING_LEAD"), List.of());
    account("SECOND_ADMIN", List.of("ADMIN"), List.of());
    AUTH.put("ANONYMOUS", null);
    HttpResponse<String> assigned =
        waymark.send(
            RunningWaymark.ADMIN,
            "PUT",
            "/api/v1/admin/users/tutor/learners",
            "application/json",
            "{\"learnerIds\":[\"L01\",\"L03\"]}");
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
  }

  static void account(String key, List<String> roles, List<String> providers) throws Exception {
    String username = key.toLowerCase().replace('_', '-');
    if (key.equals("TUTOR")) {
      username = "tutor";
    }
    waymark.createAccount(username, PASSWORD, roles, providers);
    AUTH.put(
        key.equals("SECOND_ADMIN") ? "ADMIN" : key, BasicCredentials.header(username, PASSWORD));
  }

  @AfterAll
  static void stop() {
    if (waymark != null) {
      waymark.close();
    }
  }

  /** One row of the matrix: a request and the roles allowed to make it. */
  record Case(String method, String path, String body, Set<String> allowed) {}

  static Case get(String path, String... allowed) {
    return new Case("GET", path, null, Set.of(allowed));
  }

  static Case post(String path, String body, String... allowed) {
    return new Case("POST", path, body, Set.of(allowed));
  }

  static final String[] READERS = {"SENIOR_MANAGER", "GOVERNOR", "INSPECTOR"};
  static final String[] EVERYONE = {
    "TUTOR", "SENIOR_MANAGER", "GOVERNOR", "INSPECTOR", "SAFEGUARDING_LEAD", "ADMIN"
  };

  static List<Case> matrix() {
    List<Case> m = new ArrayList<>();
    m.add(get("/api/v1/indicators/attendance?" + PERIOD, READERS));
    m.add(get("/api/v1/indicators/progress?area=maths&to=2025-12-19", READERS));
    m.add(get("/api/v1/indicators/targets?" + PERIOD, READERS));
    m.add(get("/api/v1/indicators/reviews?at=2025-12-19", READERS));
    m.add(get("/api/v1/indicators/wider-skills?to=2025-12-19", READERS));
    m.add(get("/api/v1/trends/absence-rate?" + PERIOD + "&interval=month", READERS));
    m.add(
        get(
            "/api/v1/watchlist/falling-behind?at=2025-12-19",
            "SENIOR_MANAGER",
            "INSPECTOR",
            "SAFEGUARDING_LEAD"));
    m.add(get("/api/v1/qa/providers", "SENIOR_MANAGER", "INSPECTOR"));
    m.add(get("/api/v1/qa/providers/P1", "SENIOR_MANAGER", "INSPECTOR"));
    m.add(get("/api/v1/qa/improvement-plans", "SENIOR_MANAGER", "INSPECTOR"));
    m.add(get("/api/v1/audit/learners/L01", "SENIOR_MANAGER", "INSPECTOR"));
    m.add(get("/api/v1/audit/events?learner=L01", "SENIOR_MANAGER", "INSPECTOR"));
    m.add(get("/api/v1/audit/amendments", "SENIOR_MANAGER", "INSPECTOR"));
    m.add(get("/api/v1/learners/L01", "TUTOR", "SENIOR_MANAGER", "INSPECTOR", "SAFEGUARDING_LEAD"));
    m.add(
        get(
            "/api/v1/learners/L01/behaviour",
            "TUTOR",
            "SENIOR_MANAGER",
            "INSPECTOR",
            "SAFEGUARDING_LEAD"));
    m.add(get("/api/v1/learners/L02", "SENIOR_MANAGER", "INSPECTOR", "SAFEGUARDING_LEAD"));
    m.add(get("/api/v1/projections/status", EVERYONE));
    m.add(get("/api/v1/catalogues/qa-framework", EVERYONE));
    m.add(get("/api/v1/admin/users", "ADMIN"));
    m.add(get("/api/v1/admin/projections/rebuild", "ADMIN"));
    m.add(get("/actuator/metrics", "ADMIN"));
    // Writes with an empty body: an allowed role gets 400 (nothing stored), the rest 403.
    m.add(post("/api/v1/imports/providers", "", "ADMIN"));
    m.add(post("/api/v1/admin/users", "{}", "ADMIN"));
    m.add(post("/api/v1/reviews", "{}", "TUTOR", "SENIOR_MANAGER", "SAFEGUARDING_LEAD"));
    m.add(post("/api/v1/targets", "{}", "TUTOR", "SENIOR_MANAGER", "SAFEGUARDING_LEAD"));
    m.add(post("/api/v1/learners", "{}", "SENIOR_MANAGER"));
    m.add(post("/api/v1/providers", "{}", "SENIOR_MANAGER"));
    m.add(post("/api/v1/qa/visits", "{}", "SENIOR_MANAGER"));
    m.add(post("/api/v1/learners/L01/characteristics", "{}", "SENIOR_MANAGER"));
    m.add(
        post(
            "/api/v1/learners/L01/plan/needs",
            "{}",
            "TUTOR",
            "SENIOR_MANAGER",
            "SAFEGUARDING_LEAD"));
    m.add(post("/api/v1/admin/projections/rebuild?group=nonsense", null, "ADMIN"));
    m.add(get("/api/v1/no-such-endpoint"));
    return m;
  }

  @Test
  void everyRoleGetsExactlyWhatItsRoleAllows() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Case c : matrix()) {
      for (Map.Entry<String, String> who : AUTH.entrySet()) {
        if (who.getKey().equals("MANAGER_AP1")) {
          continue; // provider scope: its own test
        }
        int status =
            waymark
                .send(
                    who.getValue(),
                    c.method(),
                    c.path(),
                    c.body() == null ? null : "application/json",
                    c.body())
                .statusCode();
        int expected;
        boolean ok;
        if (who.getValue() == null) {
          expected = 401;
          ok = status == 401;
        } else if (c.allowed().contains(who.getKey())) {
          expected = 200;
          ok = status != 401 && status != 403 && status < 500;
        } else {
          expected = 403;
          ok = status == 403;
        }
        if (!ok) {
          wrong.add(
              who.getKey()
                  + " "
                  + c.method()
                  + " "
                  + c.path()
                  + ": "
                  + status
                  + " (expected "
                  + (expected == 200 ? "allowed" : expected)
                  + ")");
        }
      }
    }
    assertThat(wrong).as("requests answered against the rules").isEmpty();
  }

  @Test
  void aProviderScopedManagerSeesOnlyTheirProviders() throws Exception {
    String ap1 = AUTH.get("MANAGER_AP1");
    String p1 = AUTH.get("SENIOR_MANAGER");
    // Asking for another provider's figures, learners or QA is refused...
    assertThat(status(ap1, "/api/v1/indicators/attendance?" + PERIOD + "&provider=P1"))
        .isEqualTo(403);
    assertThat(status(ap1, "/api/v1/learners/L01")).isEqualTo(403);
    assertThat(status(ap1, "/api/v1/audit/learners/L01")).isEqualTo(403);
    assertThat(status(ap1, "/api/v1/qa/providers/P1")).isEqualTo(403);
    // ...and without a provider filter the answer covers their providers only (all 11 e2e learners
    // are at P1, none at AP1).
    JsonNode own = json(ap1, "/api/v1/indicators/attendance?" + PERIOD);
    JsonNode all = json(p1, "/api/v1/indicators/attendance?" + PERIOD);
    assertThat(all.at("/total/learners").asInt()).isGreaterThanOrEqualTo(5);
    assertThat(own.at("/total/learners").isNull() || own.at("/total/learners").asInt() == 0)
        .as("AP1's manager sees no P1 learner: %s", own)
        .isTrue();
    JsonNode qa = json(ap1, "/api/v1/qa/providers");
    assertThat(qa.get("providers").findValuesAsText("providerId")).containsExactly("AP1");
    JsonNode events = json(ap1, "/api/v1/audit/events?learner=L01");
    assertThat(events.get("total").asInt()).isZero();
    // Recording for another provider's learner is refused before anything is stored.
    HttpResponse<String> mark =
        waymark.send(
            ap1,
            "POST",
            "/api/v1/learners/L01/plan/needs",
            "application/json",
            "{\"identifiedOn\":\"2025-10-01\",\"english\":\"reading age\"}");
    assertThat(mark.statusCode()).isEqualTo(403);
    assertThat(mark.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
  }

  @Test
  void aTutorRecordsAndReadsOnlyForTheirAssignedLearners() throws Exception {
    String tutor = AUTH.get("TUTOR");
    assertThat(status(tutor, "/api/v1/learners/L01")).isEqualTo(200);
    assertThat(status(tutor, "/api/v1/learners/L02")).isEqualTo(403);
    HttpResponse<String> own =
        waymark.send(tutor, "POST", "/api/v1/targets", "application/json", target("AC-T1", "L03"));
    assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
    HttpResponse<String> other =
        waymark.send(tutor, "POST", "/api/v1/targets", "application/json", target("AC-T2", "L02"));
    assertThat(other.statusCode()).as(other.body()).isEqualTo(403);
    // An outcome names only the target: its learner is found from the target's own events.
    HttpResponse<String> outcome =
        waymark.send(
            tutor,
            "POST",
            "/api/v1/targets/T02/outcomes",
            "application/json",
            "{\"date\":\"2025-12-01\",\"outcome\":\"MET\"}");
    assertThat(outcome.statusCode()).as("T02 is L02's: " + outcome.body()).isEqualTo(403);
    // The recorded fact names the tutor as its author.
    waymark.awaitCaughtUp();
    JsonNode audit = json(AUTH.get("INSPECTOR"), "/api/v1/audit/events?learner=L03");
    assertThat(audit.toString()).contains("\"recordedBy\":\"tutor\"");
  }

  static String target(String id, String learner) {
    return "{\"targetId\":\""
        + id
        + "\",\"learnerId\":\""
        + learner
        + "\",\"area\":\"maths\",\"description\":\"Column addition\",\"setOn\":\"2025-11-03\","
        + "\"dueOn\":\"2025-12-15\"}";
  }

  static final List<String> BY =
      List.of(
          "",
          "sex",
          "ethnicity",
          "send",
          "disadvantaged",
          "lookedAfter",
          "eal",
          "provider",
          "yearGroup");
  static final Pattern LEARNER_ID = Pattern.compile("\"L\\d\\d\"|\\bL\\d\\d\\b");

  @Test
  void aGovernorNeverReceivesASmallGroupOrALearnerIdentifier() throws Exception {
    String governor = AUTH.get("GOVERNOR");
    List<String> endpoints =
        List.of(
            "/api/v1/indicators/attendance?" + PERIOD,
            "/api/v1/indicators/progress?area=maths&to=2025-12-19",
            "/api/v1/indicators/targets?" + PERIOD,
            "/api/v1/indicators/reviews?at=2025-12-19",
            "/api/v1/indicators/wider-skills?to=2025-12-19");
    int checked = 0;
    for (String endpoint : endpoints) {
      for (String by : BY) {
        String path = endpoint + (by.isEmpty() ? "" : "&by=" + by);
        HttpResponse<String> r = waymark.send(governor, "GET", path, null, null);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        Matcher id = LEARNER_ID.matcher(r.body());
        assertThat(id.find()).as("a learner id in %s: %s", path, r.body()).isFalse();
        JsonNode body = JSON.readTree(r.body());
        List<JsonNode> rows = new ArrayList<>();
        rows.add(body.get("total"));
        body.path("groups").forEach(rows::add);
        for (JsonNode row : rows) {
          JsonNode learners = row.has("learners") ? row.get("learners") : row.get("active");
          if (learners != null && learners.isNumber()) {
            assertThat(learners.asInt()).as("%s: %s", path, row).isGreaterThanOrEqualTo(5);
          } else {
            assertThat(row.get("suppressed").asBoolean()).as("%s: %s", path, row).isTrue();
          }
        }
        checked++;
        HttpResponse<String> unsuppressed =
            waymark.send(governor, "GET", path + "&suppress=false", null, null);
        assertThat(unsuppressed.statusCode()).as(path + "&suppress=false").isEqualTo(403);
      }
    }
    assertThat(checked).isEqualTo(endpoints.size() * BY.size());
    // The same request by a senior manager, unsuppressed, does show the small groups: the
    // governor's answers above were suppressed, not empty by accident.
    JsonNode manager =
        json(
            AUTH.get("SENIOR_MANAGER"),
            "/api/v1/indicators/attendance?" + PERIOD + "&by=sex&suppress=false");
    assertThat(manager.get("groups").findValues("learners").stream().anyMatch(n -> n.asInt() < 5))
        .as("the e2e data has a group under 5: %s", manager)
        .isTrue();
    assertThat(
            json(AUTH.get("SENIOR_MANAGER"), "/api/v1/indicators/reviews?at=2025-12-19")
                .has("overdue"))
        .isTrue();
  }

  @Test
  void bearerTokensFromTheIdentityProviderCarryRolesAndScope() throws Exception {
    String manager = bearer(sign(claims("m.jones", List.of("SENIOR_MANAGER"), List.of("*"))));
    assertThat(status(manager, "/api/v1/indicators/attendance?" + PERIOD)).isEqualTo(200);
    assertThat(status(manager, "/api/v1/learners/L01")).isEqualTo(200);
    String governor = bearer(sign(claims("g.smith", List.of("GOVERNOR"), List.of("*"))));
    assertThat(status(governor, "/api/v1/indicators/attendance?" + PERIOD)).isEqualTo(200);
    assertThat(status(governor, "/api/v1/watchlist/falling-behind?at=2025-12-19")).isEqualTo(403);
    String scoped = bearer(sign(claims("a.p", List.of("SENIOR_MANAGER"), List.of("AP1"))));
    assertThat(status(scoped, "/api/v1/learners/L01")).isEqualTo(403);
    // Refused: no providers claim, no Waymark role, expired, signed by another key.
    assertThat(
            status(
                bearer(sign(claims("x", List.of("SENIOR_MANAGER"), null))),
                "/api/v1/projections/status"))
        .isEqualTo(401);
    assertThat(
            status(
                bearer(sign(claims("x", List.of("OTHER_APP"), List.of("*")))),
                "/api/v1/projections/status"))
        .isEqualTo(401);
    JWTClaimsSet expired =
        new JWTClaimsSet.Builder(claims("x", List.of("SENIOR_MANAGER"), List.of("*")))
            .expirationTime(Date.from(Instant.now().minusSeconds(3600)))
            .build();
    assertThat(status(bearer(sign(expired)), "/api/v1/projections/status")).isEqualTo(401);
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader(JWSAlgorithm.RS256),
            claims("x", List.of("SENIOR_MANAGER"), List.of("*")));
    forged.sign(new RSASSASigner((RSAPrivateKey) g.generateKeyPair().getPrivate()));
    assertThat(status(bearer(forged.serialize()), "/api/v1/projections/status")).isEqualTo(401);
  }

  static JWTClaimsSet claims(String user, List<String> roles, List<String> providers) {
    JWTClaimsSet.Builder b =
        new JWTClaimsSet.Builder()
            .subject("sub-" + user)
            .claim("preferred_username", user)
            .claim("roles", roles)
            .issueTime(new Date())
            .expirationTime(Date.from(Instant.now().plusSeconds(600)));
    if (providers != null) {
      b.claim("providers", providers);
    }
    return b.build();
  }

  static String sign(JWTClaimsSet claims) throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
    jwt.sign(new RSASSASigner((RSAPrivateKey) keyPair.getPrivate()));
    return jwt.serialize();
  }

  static String bearer(String token) {
    return "Bearer " + token;
  }

  @Test
  void repeatedFailedLoginsAreRefusedForAWhileEvenWithTheRightPassword() throws Exception {
    waymark.createAccount("throttled", PASSWORD, List.of("INSPECTOR"), List.of());
    String wrong = BasicCredentials.header("throttled", "not-the-password");
    for (int i = 0; i < 3; i++) {
      assertThat(status(wrong, "/api/v1/projections/status")).isEqualTo(401);
    }
    HttpResponse<String> locked =
        waymark.send(
            BasicCredentials.header("throttled", PASSWORD),
            "GET",
            "/api/v1/projections/status",
            null,
            null);
    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(locked.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void answersCarrySecurityHeadersAndProblemBodies() throws Exception {
    HttpResponse<String> r =
        waymark.send(AUTH.get("INSPECTOR"), "GET", "/api/v1/projections/status", null, null);
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'self'")
        .contains("frame-ancestors 'none'");
    assertThat(r.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    HttpResponse<String> anonymous =
        waymark.send(null, "GET", "/api/v1/indicators/attendance", null, null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(anonymous.headers().allValues("WWW-Authenticate"))
        .anyMatch(v -> v.startsWith("Basic"))
        .anyMatch(v -> v.startsWith("Bearer"));
    HttpResponse<String> denied =
        waymark.send(AUTH.get("GOVERNOR"), "GET", "/api/v1/learners/L01", null, null);
    assertThat(JSON.readTree(denied.body()).get("status").asInt()).isEqualTo(403);
    // Managing accounts: bad input names the field; an unknown account is a 404.
    HttpResponse<String> bad =
        waymark.send(
            RunningWaymark.ADMIN,
            "POST",
            "/api/v1/admin/users",
            "application/json",
            "{\"username\":\"x y\",\"password\":\"short\",\"roles\":[\"KING\"]}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(bad.body()).get("errors").findValuesAsText("field"))
        .contains("username", "password", "roles");
    HttpResponse<String> unknown =
        waymark.send(RunningWaymark.ADMIN, "DELETE", "/api/v1/admin/users/nobody", null, null);
    assertThat(unknown.statusCode()).isEqualTo(404);
  }

  @Test
  void aBrowserSessionNeedsTheCsrfTokenToChangeAnything() throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpResponse<String> page =
        browser.send(
            HttpRequest.newBuilder(URI.create(waymark.base() + "/login")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
    assertThat(token.find()).as(page.body()).isTrue();
    String form =
        "username=senior-manager&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> login =
        browser.send(
            HttpRequest.newBuilder(URI.create(waymark.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    HttpResponse<String> read =
        browser.send(
            HttpRequest.newBuilder(URI.create(waymark.base() + "/api/v1/learners/L01"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(read.statusCode()).as("the session signs in").isEqualTo(200);
    HttpResponse<String> forged =
        browser.send(
            HttpRequest.newBuilder(URI.create(waymark.base() + "/api/v1/learners"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).as("a cross-site POST riding the session").isEqualTo(403);
  }

  int status(String auth, String path) throws Exception {
    return waymark.send(auth, "GET", path, null, null).statusCode();
  }

  JsonNode json(String auth, String path) throws Exception {
    HttpResponse<String> r = waymark.send(auth, "GET", path, null, null);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }
}
