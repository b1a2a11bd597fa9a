package org.waymark.infra.allinone.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.dashboards.Dashboard;
import org.waymark.dashboards.Dashboards;
import org.waymark.infra.allinone.StartedWaymark;
import org.waymark.infra.embedded.WithEmbeddedServices;

/**
 * Opens every built-in dashboard page in the distribution's headless Chromium (installed by {@code
 * src/test/scripts/ensure-chromium.sh} before the integration tests) against an all-in-one holding
 * a real import, checks that every panel rendered with data and the browser logged no error, and
 * saves a screenshot of each page under {@code target/screenshots/}.
 */
@WithEmbeddedServices
class DashboardPagesBrowserIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  static StartedWaymark waymark;
  static final String PASSWORD = "pages-it-password-7";
  static final List<String> ROLES =
      List.of("SENIOR_MANAGER", "GOVERNOR", "INSPECTOR", "ADMIN", "TUTOR", "SAFEGUARDING_LEAD");

  static String account(String role) {
    return "page-" + role.toLowerCase().replace('_', '-');
  }

  static ChromeDriverService service;
  static WebDriver driver;
  static Path profile;

  @BeforeAll
  static void start() throws Exception {
    assertThat(CHROMIUM).as("Chromium (run src/test/scripts/ensure-chromium.sh)").isExecutable();
    assertThat(CHROMEDRIVER).as("ChromeDriver (package chromium-driver)").isExecutable();
    DashboardData.publishOften();
    waymark = StartedWaymark.startOn(DashboardPagesBrowserIT.class, DashboardData.TODAY);
    DashboardData.load(waymark);
    for (String role : ROLES) {
      waymark.createAccount(account(role), PASSWORD, List.of(role), List.of());
    }

    profile = Files.createTempDirectory("waymark-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1600, 1200));
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (waymark != null) {
      waymark.close();
    }
    if (profile != null) {
      org.springframework.util.FileSystemUtils.deleteRecursively(profile);
    }
  }

  /**
   * Signs the browser in, through the login form at {@code /login}, with an account holding only
   * {@code role}.
   */
  static void signIn(WebDriver driver, String role) {
    driver.manage().deleteAllCookies();
    driver.get(waymark.base() + "/login");
    driver.findElement(By.id("username")).sendKeys(account(role));
    driver.findElement(By.id("password")).sendKeys(PASSWORD);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
        .until(d -> !d.getCurrentUrl().contains("/login"));
    errors(); // what the login page logged is not a dashboard's
  }

  @Test
  void aGovernorSeesOnlyTheGovernorsDashboard() {
    signIn(driver, "GOVERNOR");
    driver.get(waymark.base() + "/dashboards");
    List<String> slugs =
        driver.findElements(By.cssSelector("li.card")).stream()
            .map(e -> e.getAttribute("data-slug"))
            .toList();
    assertThat(slugs).containsExactly("governors");
    for (Dashboard d : Dashboards.all()) {
      if (!d.audience().contains("GOVERNOR")) {
        driver.get(waymark.base() + "/dashboards/" + d.slug());
        assertThat(driver.getPageSource()).as(d.slug()).contains("403");
      }
    }
    screenshot("index-governor");
    errors(); // the refused pages logged their 403s: expected here, not in the next test
  }

  @Test
  void theIndexListsEveryDashboardItsReaderMaySee() throws Exception {
    waymark.createAccount("page-all", PASSWORD, ROLES, List.of());
    driver.manage().deleteAllCookies();
    driver.get(waymark.base() + "/login");
    driver.findElement(By.id("username")).sendKeys("page-all");
    driver.findElement(By.id("password")).sendKeys(PASSWORD);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
        .until(d -> !d.getCurrentUrl().contains("/login"));
    errors();
    driver.get(waymark.base() + "/dashboards");
    List<String> slugs =
        driver.findElements(By.cssSelector("li.card")).stream()
            .map(e -> e.getAttribute("data-slug"))
            .toList();
    assertThat(slugs)
        .containsExactlyElementsOf(Dashboards.all().stream().map(Dashboard::slug).toList());
    screenshot("index");
    assertThat(errors()).as("browser console errors on the index").isEmpty();
  }

  @Test
  void everyDashboardPageRendersEveryPanelWithDataAndNoConsoleError() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Dashboard d : Dashboards.all()) {
      signIn(driver, d.audience().iterator().next());
      driver.get(
          waymark.base()
              + "/dashboards/"
              + d.slug()
              + "?from="
              + DashboardData.FROM
              + "&to="
              + DashboardData.TO);
      new WebDriverWait(driver, Duration.ofSeconds(90))
          .until(x -> x.findElement(By.tagName("main")).getAttribute("data-complete") != null);
      assertThat(driver.findElement(By.tagName("main")).getAttribute("data-complete"))
          .as(d.slug() + " loaded its definition")
          .isEqualTo("true");
      List<WebElement> panels = driver.findElements(By.cssSelector("article.panel"));
      assertThat(panels).as(d.slug() + " panels").hasSize(d.panels().size());
      for (WebElement panel : panels) {
        String state = panel.getAttribute("data-state");
        if (!"rendered".equals(state)) {
          problems.add(
              d.slug()
                  + " / "
                  + panel.findElement(By.tagName("h2")).getText()
                  + ": "
                  + state
                  + " — "
                  + panel.findElement(By.cssSelector(".body")).getText());
        }
      }
      long charts = driver.findElements(By.cssSelector("article.panel canvas")).size();
      long tables = driver.findElements(By.cssSelector("article.panel table")).size();
      assertThat(charts + tables).as(d.slug() + " drew charts or tables").isPositive();
      screenshot(d.slug());
      List<String> logged = errors();
      if (!logged.isEmpty()) {
        problems.add(d.slug() + " console: " + logged);
      }
    }
    assertThat(problems).as("panels without data, or console errors").isEmpty();
  }

  @Test
  void anUnknownDashboardIsNotFound() throws Exception {
    assertThat(waymark.send(null, "GET", "/dashboards", null, null).statusCode())
        .as("signed out, a client not asking for HTML gets the API's 401")
        .isEqualTo(401);
    assertThat(waymark.send("GET", "/dashboards/payroll").statusCode()).isEqualTo(404);
    assertThat(waymark.send("GET", "/dashboards/payroll/definition.json").statusCode())
        .isEqualTo(404);
  }

  /** The browser's console entries at SEVERE since the last call. */
  static List<String> errors() {
    List<String> out = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        out.add(e.getMessage());
      }
    }
    return out;
  }

  /** A screenshot of the whole page at {@code target/screenshots/<name>.png}. */
  static void screenshot(String name) {
    try {
      Object height =
          ((JavascriptExecutor) driver)
              .executeScript("return document.documentElement.scrollHeight");
      int h = Math.min(8000, Math.max(800, ((Number) height).intValue() + 40));
      driver.manage().window().setSize(new Dimension(1600, h));
      Thread.sleep(300);
      Path dir = Path.of(System.getProperty("waymark.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(),
          dir.resolve(name + ".png"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      driver.manage().window().setSize(new Dimension(1600, 1200));
    } catch (Exception e) {
      throw new AssertionError("screenshot " + name, e);
    }
  }
}
