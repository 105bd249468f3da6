package lu.econnector.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Debian's chromedriver (installed by {@code ./test}), at a
 * 1280×800 window, as an operator's laptop. The sandbox's certificates (eConnector and AeS)
 * are self-signed, so certificate errors are accepted: the TLS checks themselves are the
 * other integration tests' business.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of(System.getProperty("econnector.screenshots", "target/console-screenshots"));
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ChromeDriver driver;
    private final String base;

    ConsoleBrowser(int httpsPort) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1280,800", "--lang=en-GB");
        options.setAcceptInsecureCerts(true);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.base = "https://localhost:" + httpsPort;
    }

    WebDriver driver() {
        return driver;
    }

    String base() {
        return base;
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** On the sandbox AeS's login form: types the user in and submits. */
    void logInAs(String username) {
        await(d -> d.findElements(By.name("username")).size() == 1);
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys("sandbox");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** Opens the console at {@code path} and logs in as the operator on the way. */
    void openAsOperator(String path) {
        open(path);
        logInAs("operator");
        await(d -> d.getCurrentUrl().startsWith(base + "/admin/"));
    }

    /** The element's rendered text, read in one step (the dashboard may swap it in between two); "" when absent. */
    String text(String id) {
        Object text = script("var e = document.getElementById(arguments[0]); return e ? e.innerText.trim() : '';", id);
        return text == null ? "" : text.toString();
    }

    WebElement element(String id) {
        return driver.findElement(By.id(id));
    }

    <T> T await(Function<WebDriver, T> condition) {
        // The dashboard swaps its upstream table in every few seconds: an element found just
        // before a swap is stale when read; the next poll finds the new one.
        return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(250))
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** The HTTP status of the page shown (Navigation Timing's responseStatus). */
    long status() {
        return (Long) script("return performance.getEntriesByType('navigation')[0].responseStatus;");
    }

    String cookie(String name) {
        return driver.manage().getCookieNamed(name).getValue();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
