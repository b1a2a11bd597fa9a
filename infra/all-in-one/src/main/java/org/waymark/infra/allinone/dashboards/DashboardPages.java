package org.waymark.infra.allinone.dashboards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.access.WaymarkUser;
import org.waymark.dashboards.ApiCall;
import org.waymark.dashboards.Dashboard;
import org.waymark.dashboards.Dashboards;
import org.waymark.dashboards.Panel;
import org.waymark.dashboards.Variable;

/**
 * The built-in, read-only dashboard pages of the all-in-one, rendered from the same Java
 * definitions as the Grafana JSON ({@link Dashboards#all()}): {@code GET /dashboards} lists them,
 * {@code GET /dashboards/{slug}} is one dashboard's page, and {@code GET
 * /dashboards/{slug}/definition.json} its panels and variables, which the page's script ({@code
 * /dashboards/assets/dashboard.js}) draws with Chart.js from figures it fetches from the query API
 * on the same origin. Every page lives under {@code /dashboards/}, so access rules can be set per
 * path; {@link Dashboard#audience()} says which roles each dashboard is for.
 */
@RestController
public class DashboardPages {
  /** Where the pages' own scripts and styles are served (from {@code static/dashboards/assets}). */
  static final String ASSETS = "/dashboards/assets";

  private static final Pattern VARIABLE = Pattern.compile("\\$([a-z]+)");
  private static final MediaType HTML =
      new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

  private final Clock clock;
  private final String chartJs;

  public DashboardPages(Clock clock) {
    this.clock = clock;
    this.chartJs = ASSETS + "/vendor/chart.js/" + chartJsVersion() + "/dist/chart.umd.js";
  }

  /** The version of the Chart.js WebJar on the classpath. */
  static String chartJsVersion() {
    try {
      Resource[] found =
          new PathMatchingResourcePatternResolver()
              .getResources("classpath*:META-INF/resources/webjars/chart.js/*/dist/chart.umd.js");
      if (found.length == 0) {
        throw new IllegalStateException("the Chart.js WebJar is not on the classpath");
      }
      String url = found[0].getURL().toString();
      Matcher m = Pattern.compile("webjars/chart\\.js/([^/]+)/dist/").matcher(url);
      if (!m.find()) {
        throw new IllegalStateException("no version in " + url);
      }
      return m.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping({"/dashboards", "/dashboards/"})
  ResponseEntity<String> index() {
    StringBuilder cards = new StringBuilder();
    for (Dashboard d : Dashboards.all()) {
      if (!maySee(d)) {
        continue;
      }
      cards
          .append("<li class=\"card\" data-slug=\"")
          .append(esc(d.slug()))
          .append("\"><a href=\"/dashboards/")
          .append(esc(d.slug()))
          .append("\"><h2>")
          .append(esc(shortTitle(d)))
          .append("</h2><p>")
          .append(esc(d.description()))
          .append("</p><p class=\"meta\">")
          .append(d.panels().size())
          .append(" panels · for ")
          .append(esc(String.join(", ", d.audience()).toLowerCase().replace('_', ' ')))
          .append("</p></a></li>");
    }
    String body =
        "<header class=\"top\"><a class=\"brand\" href=\"/dashboards\">Waymark</a>"
            + "<span class=\"crumb\">Dashboards</span></header>"
            + "<main class=\"index\"><h1>Dashboards</h1><p class=\"lead\">Read-only views of the"
            + " indicators, drawn from the query API. The same dashboards are provisioned to"
            + " Grafana from <code>dashboards/grafana/</code>.</p><ul class=\"cards\">"
            + cards
            + "</ul></main>";
    return html(page("Waymark dashboards", body, false));
  }

  /**
   * Whether the signed-in user holds a role of the dashboard's audience (issue 8: a governor sees
   * only the governors' dashboard). Without a signed-in user (never, behind the security filter
   * chain) nothing is shown.
   */
  static boolean maySee(Dashboard d) {
    return WaymarkUser.current()
        .map(u -> u.roles().stream().anyMatch(r -> d.audience().contains(r.name())))
        .orElse(false);
  }

  private ResponseEntity<String> forbidden(Dashboard d) {
    String body =
        "<header class=\"top\"><a class=\"brand\" href=\"/dashboards\">Waymark</a></header>"
            + "<main class=\"index\"><h1>Not for your role (403)</h1><p class=\"lead\">"
            + esc(shortTitle(d))
            + " is for "
            + esc(String.join(", ", d.audience()).toLowerCase().replace('_', ' '))
            + ". <a href=\"/dashboards\">Your dashboards</a>.</p></main>";
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .contentType(MediaType.TEXT_HTML)
        .body(page("Not for your role", body, false));
  }

  /** Browsers ask every site for one; an empty answer keeps a 404 out of their consoles. */
  @GetMapping("/favicon.ico")
  ResponseEntity<Void> favicon() {
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/dashboards/{slug}")
  ResponseEntity<String> dashboard(@PathVariable String slug) {
    Dashboard d = Dashboards.find(slug).orElse(null);
    if (d == null || !d.slug().equals(slug)) {
      return notFound(slug);
    }
    if (!maySee(d)) {
      return forbidden(d);
    }
    String body =
        "<header class=\"top\"><a class=\"brand\" href=\"/dashboards\">Waymark</a>"
            + "<span class=\"crumb\"><a href=\"/dashboards\">Dashboards</a> / "
            + esc(shortTitle(d))
            + "</span></header><main data-dashboard=\""
            + esc(d.slug())
            + "\"><div class=\"heading\"><h1>"
            + esc(shortTitle(d))
            + "</h1><p class=\"lead\">"
            + esc(d.description())
            + "</p></div><form class=\"variables\" id=\"variables\" autocomplete=\"off\">"
            + "</form><p class=\"notice\" id=\"notice\" hidden></p>"
            + "<section class=\"grid\" id=\"panels\" aria-live=\"polite\"></section></main>";
    return html(page(d.title(), body, true));
  }

  @GetMapping(
      value = "/dashboards/{slug}/definition.json",
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> definition(@PathVariable String slug) {
    Dashboard d = Dashboards.find(slug).orElse(null);
    if (d == null || !d.slug().equals(slug)) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
    if (!maySee(d)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }
    return ResponseEntity.ok(definition(d, LocalDate.now(clock)));
  }

  /** A dashboard as the page draws it: variables it needs, then each panel with its API source. */
  static Map<String, Object> definition(Dashboard d, LocalDate today) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("uid", d.uid());
    out.put("slug", d.slug());
    out.put("title", shortTitle(d));
    out.put("description", d.description());
    out.put("audience", d.audience());
    Set<String> used = new LinkedHashSet<>();
    List<Map<String, Object>> panels = new ArrayList<>();
    int id = 1;
    for (Panel p : d.panels()) {
      Map<String, Object> panel = new LinkedHashMap<>();
      panel.put("id", "panel-" + id++);
      panel.put("title", p.title());
      panel.put("description", p.description());
      panel.put("type", p.type());
      panel.put("unit", p.unit());
      panel.put("width", p.width());
      if (p.type().equals("text")) {
        panel.put("text", p.text());
      }
      ApiCall api = p.api();
      if (api != null) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("path", api.path());
        call.put("params", api.params());
        call.put("shape", api.shape());
        call.put("rows", api.rows());
        call.put("value", api.value());
        call.put("columns", api.columns());
        panel.put("api", call);
        api.params().values().forEach(v -> collect(v, used));
      }
      collect(p.title(), used);
      panels.add(panel);
    }
    List<Map<String, Object>> variables = new ArrayList<>();
    for (String name : List.of("provider", "by", "period", "area", "learner", "from", "to")) {
      if (used.contains(name)) {
        variables.add(variable(d, name, today));
      }
    }
    out.put("variables", variables);
    out.put("panels", panels);
    return out;
  }

  private static void collect(String text, Set<String> used) {
    Matcher m = VARIABLE.matcher(text == null ? "" : text);
    while (m.find()) {
      used.add(m.group(1));
    }
  }

  /**
   * A page variable: its widget, options (from the Grafana variable of the same name) and default.
   */
  private static Map<String, Object> variable(Dashboard d, String name, LocalDate today) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("name", name);
    Variable grafana =
        d.variables().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
    LocalDate yearStart =
        LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
    switch (name) {
      case "from" -> {
        v.put("label", "From");
        v.put("kind", "date");
        v.put("value", yearStart.toString());
      }
      case "to" -> {
        v.put("label", "To");
        v.put("kind", "date");
        v.put("value", today.toString());
      }
      case "provider" -> {
        v.put("label", "Provider");
        v.put("kind", "multi");
        v.put("value", "");
        v.put(
            "optionsFrom",
            Map.of(
                "path",
                "/api/v1/qa/providers",
                "rows",
                "providers",
                "field",
                "providerId",
                "label",
                "name"));
      }
      case "area" -> {
        v.put("label", "Area");
        v.put("kind", "select");
        v.put("value", "");
        v.put(
            "optionsFrom",
            Map.of(
                "path",
                "/api/v1/published/aggregates?indicator=progress&figure=meanDistanceTravelled&by=total&interval=period",
                "rows",
                "figures",
                "field",
                "area"));
      }
      case "learner" -> {
        v.put("label", "Learner id");
        v.put("kind", "text");
        v.put("value", "");
      }
      default -> {
        v.put("label", grafana == null ? name : grafana.label());
        v.put("kind", "select");
        List<String> options = grafana == null ? List.of() : List.of(grafana.query().split(","));
        v.put("options", options);
        v.put("value", options.isEmpty() ? "" : options.get(0));
      }
    }
    return v;
  }

  private static String shortTitle(Dashboard d) {
    String t = d.title();
    int dash = t.indexOf(" — ");
    if (dash < 0) {
      return t;
    }
    String rest = t.substring(dash + 3);
    return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
  }

  private ResponseEntity<String> notFound(String slug) {
    String body =
        "<header class=\"top\"><a class=\"brand\" href=\"/dashboards\">Waymark</a></header>"
            + "<main class=\"index\"><h1>No such dashboard</h1><p class=\"lead\">There is no"
            + " dashboard called “"
            + esc(slug)
            + "”. <a href=\"/dashboards\">See every dashboard</a>.</p></main>";
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .contentType(HTML)
        .header("Content-Security-Policy", CSP)
        .body(page("No such dashboard", body, false));
  }

  /** Scripts and styles from this origin only; Chart.js sizes its canvas through inline styles. */
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
          + " data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none';"
          + " frame-ancestors 'none'";

  private static ResponseEntity<String> html(String page) {
    return ResponseEntity.ok()
        .contentType(HTML)
        .header("Content-Security-Policy", CSP)
        .header("Cache-Control", "no-store")
        .body(page);
  }

  private String page(String title, String body, boolean scripts) {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + esc(title)
        + "</title><link rel=\"icon\" href=\"data:,\">"
        + "<link rel=\"stylesheet\" href=\""
        + ASSETS
        + "/dashboard.css\">"
        + (scripts
            ? "<script src=\""
                + chartJs
                + "\" defer></script><script src=\""
                + ASSETS
                + "/dashboard.js\" defer></script>"
            : "")
        + "</head><body>"
        + body
        + "</body></html>";
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
