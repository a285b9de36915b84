package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's headless Chromium through its chromedriver. Screenshots of
 * each page go to {@code target/screenshots/}.
 */
class BrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path folder;
  static Fixture fx;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing"
            + " (install them with: bash .ci/install-browser)");
    fx = new Fixture(folder, SecurityTest.TOKEN);
    assertThat(fx.postJsonLines(fx.record("hostile", SecurityTest.HOSTILE), SecurityTest.TOKEN).statusCode()).isEqualTo(200);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1280,1000", "--lang=en");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (fx != null) {
      fx.close();
    }
  }

  private static void open(String path) {
    browser.get(fx.base() + path);
  }

  private static void shot(String name) throws Exception {
    Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private static WebDriverWait waitUpTo() {
    return new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  @Test
  void overviewShowsKeyFiguresAndLatestEvents() throws Exception {
    open("/");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Overview");
    assertThat(browser.findElements(By.cssSelector("#figures .figure"))).hasSizeGreaterThanOrEqualTo(4);
    assertThat(browser.findElements(By.cssSelector("#latest li a.fact"))).isNotEmpty();
    shot("overview");
  }

  @Test
  void registryRowOpensTheAgreementWithAllItsMentionsAndAMentionOpensItsSentence() throws Exception {
    open("/agreements");
    shot("agreements");
    browser.findElement(By.cssSelector("#registry tbody tr td a")).click();
    waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.id("mentions")));
    List<WebElement> mentions = browser.findElements(By.cssSelector("#mentions li"));
    assertThat(mentions).hasSize(2);
    shot("agreement");
    browser.findElement(By.cssSelector("#mentions li a.fact")).click();
    WebElement current = waitUpTo().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("mark.ev.current")));
    assertThat(browser.getCurrentUrl()).contains("/documents/treaty-1993#f-");
    assertThat(current.getText())
        .isEqualTo("On 13 January 1993 the Treaty on the Fundamentals of Relations and Eternal Friendship was signed in Almaty.");
    shot("document-fact");
  }

  @Test
  void clickingAFactInTheDocumentListMarksItsSentence() throws Exception {
    open("/documents/treaty-1993");
    browser.findElement(By.cssSelector("#fact-list li:last-child a")).click();
    WebElement current = waitUpTo().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("mark.ev.current")));
    assertThat(current.getText()).startsWith("President Kassym-Jomart Tokayev arrived");
    assertThat(browser.findElements(By.cssSelector("mark.ev.current"))).hasSize(1);
  }

  @Test
  void searchShowsHighlightedResultsAndFacets() throws Exception {
    open("/search");
    WebElement q = browser.findElement(By.id("q"));
    q.sendKeys("\"fundamentals of relations\"");
    q.submit();
    waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
    assertThat(browser.findElements(By.cssSelector("#results .snippet mark"))).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector("#results .snippet mark")).getText().toLowerCase())
        .contains("fundamentals");
    assertThat(browser.findElements(By.cssSelector("#facets a.facet"))).isNotEmpty();
    shot("search");
    browser.findElement(By.cssSelector("#facets a.facet[href*='type=']")).click();
    waitUpTo().until(ExpectedConditions.urlContains("type="));
    assertThat(browser.findElements(By.cssSelector("#results li"))).isNotEmpty();
  }

  @Test
  void hostileDocumentRunsNoScriptAndRendersNoMarkup() throws Exception {
    open("/documents/hostile");
    WebElement text = browser.findElement(By.id("doc-text"));
    assertThat(text.getText()).contains("<script>window.__pwned = 1; alert('x')</script>", "<b>bold</b>");
    assertThat(text.findElements(By.tagName("b"))).isEmpty();
    assertThat(text.findElements(By.tagName("img"))).isEmpty();
    assertThat(text.findElements(By.tagName("script"))).isEmpty();
    Object pwned = ((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined ? null : window.__pwned;");
    assertThat(pwned).isNull();
    shot("hostile-document");
  }

  @Test
  void chronologyTradeAndConflictsPagesRender() throws Exception {
    open("/chronology");
    assertThat(browser.findElements(By.cssSelector("#timeline li.event"))).hasSizeGreaterThanOrEqualTo(5);
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("type"))).selectByValue("visit");
    waitUpTo().until(ExpectedConditions.urlContains("type=visit"));
    assertThat(browser.findElements(By.cssSelector("#timeline li.event")))
        .allMatch(li -> "visit".equals(li.getAttribute("data-type")));
    shot("chronology");
    open("/trade");
    assertThat(browser.findElements(By.cssSelector("#trade-chart a.point.conflict"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#trade-chart line.target"))).hasSize(1);
    shot("trade");
    open("/conflicts");
    assertThat(browser.findElements(By.cssSelector("section.conflict"))).hasSize(2);
    assertThat(browser.findElements(By.cssSelector("section.conflict .claim"))).hasSizeGreaterThanOrEqualTo(4);
    shot("conflicts");
  }

  @Test
  void overviewLinksToTheBriefWhoseFootnoteOpensItsSentence() throws Exception {
    open("/");
    browser.findElement(By.cssSelector("#briefs a.brief-link")).click();
    waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.id("brief")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Relations of Kazakhstan with Tajikistan");
    assertThat(browser.findElements(By.cssSelector("#brief section h2"))).hasSizeGreaterThanOrEqualTo(3);
    shot("brief");
    browser.findElement(By.cssSelector("#notes li a.fact")).click();
    waitUpTo().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("mark.ev.current")));
    assertThat(browser.getCurrentUrl()).contains("/documents/");
  }
}
