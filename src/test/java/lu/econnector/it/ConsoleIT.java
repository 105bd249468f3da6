package lu.econnector.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.ihub.IhubOffer;
import lu.econnector.sandbox.pki.SandboxPki;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The admin console in headless Chromium against the WAR on Payara Micro, logging in at the
 * sandbox AeS. Each test saves screenshots of the pages it visits
 * ({@code target/console-screenshots/}; the documentation's copies are in {@code docs/console/}).
 */
@ExtendWith(SandboxExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleIT {

    private static final int HTTPS_PORT = Integer.getInteger("econnector.httpsPort", 18443);
    private static final List<String> UPSTREAMS = List.of("aes", "kms", "mysecu", "ihub");
    private static final List<String> PAGES = List.of("dashboard", "templates", "configuration", "activity");
    private final EconnectorClient client = new EconnectorClient();
    private final RawHttps raw = new RawHttps(HTTPS_PORT);
    private ConsoleBrowser browser;

    @Deployment(testable = false)
    static WebArchive builtWar() {
        return BuiltWar.deployment();
    }

    @BeforeEach
    void startBrowser() {
        browser = new ConsoleBrowser(HTTPS_PORT);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private static SandboxServer sandbox() {
        return SandboxExtension.running().server();
    }

    private void awaitStatus(String upstream, String status) {
        browser.await(d -> browser.text("status-" + upstream).equals(status));
    }

    // Login, and the dashboard of the upstreams

    @Test
    void anAnonymousVisitGoesToTheLoginAndTheOperatorSeesEveryUpstreamUp() {
        browser.open("/admin/");

        assertThat(browser.driver().getCurrentUrl())
                .startsWith(sandbox().issuer() + "/protocol/openid-connect/auth?")
                .contains("code_challenge_method=S256").contains("client_id=econnector-console");
        browser.screenshot("login");
        browser.logInAs("operator");

        browser.await(d -> d.getCurrentUrl().equals(browser.base() + "/admin/dashboard.xhtml"));
        UPSTREAMS.forEach(upstream -> awaitStatus(upstream, "Up"));
        assertThat(browser.text("upstream-summary")).isEqualTo("Every upstream is up.");
        assertThat(browser.text("version")).isNotBlank();
        assertThat(browser.text("profile")).isEqualTo("sandbox");
        assertThat(browser.text("uptime")).matches("(\\d+ d )?\\d\\d:\\d\\d:\\d\\d");
        browser.await(d -> browser.text("update").startsWith("Update available: 1.1.0"));
        browser.screenshot("dashboard");
    }

    @Test
    void aProfessionalWithoutTheAdminRoleGets403() {
        browser.open("/admin/");
        browser.logInAs("dr.muller");

        browser.await(d -> d.getCurrentUrl().startsWith(browser.base() + "/admin/"));
        assertThat(browser.status()).isEqualTo(403);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Accès refusé");
        assertThat(browser.driver().getPageSource()).contains("Access denied").doesNotContain("status-kms");
        browser.screenshot("forbidden");
    }

    @Test
    void anonymousRequestsAreSentToTheProviderWithPkceAndEveryConsoleResponseCarriesTheSecurityHeaders() {
        HttpResponse<String> response = client.get("admin/dashboard.xhtml");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .startsWith(sandbox().issuer().toString())
                .contains("code_challenge=", "code_challenge_method=S256", "state=", "nonce=",
                        "redirect_uri=" + URLEncoder.encode("https://localhost:" + HTTPS_PORT + "/admin/callback",
                                StandardCharsets.UTF_8));
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'", "default-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void logoutEndsTheSession() {
        browser.openAsOperator("/admin/activity.xhtml");

        browser.element("logout").click();

        browser.await(d -> d.getPageSource().contains("logged out"));
        browser.open("/admin/activity.xhtml");
        assertThat(browser.driver().getCurrentUrl()).startsWith(sandbox().issuer().toString());
    }

    // The dashboard follows an upstream going down and up without a reload

    @Test
    void closingTheKmsPortTurnsItsRowDownWithoutAReloadAndReopeningTurnsItUp() throws Exception {
        browser.openAsOperator("/admin/dashboard.xhtml");
        awaitStatus("kms", "Up");
        browser.script("window.consoleTestMarker = 'same page';");

        sandbox().closePort();
        try {
            awaitStatus("kms", "Down");
            assertThat(browser.text("error-kms")).isNotEqualTo("none since start");
            assertThat(browser.script("return window.consoleTestMarker;")).as("no reload").isEqualTo("same page");
            browser.screenshot("dashboard-kms-down");
        } finally {
            sandbox().reopenPort();
        }

        awaitStatus("kms", "Up");
        assertThat(browser.script("return window.consoleTestMarker;")).as("no reload").isEqualTo("same page");
        assertThat(browser.text("error-kms")).as("the last error stays").isNotEqualTo("none since start");
    }

    // Sync now

    @Test
    void syncNowWithANewerMhOnIhubShowsTheNewActiveVersion() {
        browser.openAsOperator("/admin/templates.xhtml");
        browser.await(d -> {
            d.navigate().refresh();
            return browser.text("version-mh").equals("2.1.0"); // the first sync activated iHUB's default offer
        });
        sandbox().ihub().offer(Set.of(IhubOffer.NEWER_MH, IhubOffer.NEWEST_MH));

        // The timer syncs every 3 s here: a click during its round is answered at once with "a
        // synchronisation is already running", and then the operator clicks again.
        browser.await(d -> {
            browser.element("sync:now").click();
            browser.await(page -> !page.findElements(By.cssSelector("#sync-outcome p")).isEmpty());
            return browser.text("sync-outcome").startsWith("Synchronisation finished at");
        });
        assertThat(browser.text("version-mh")).isEqualTo("3.0.0");
        assertThat(browser.text("source-mh")).isEqualTo("iHUB");
        assertThat(browser.text("offered-mh")).startsWith("3.0.0, 2.1.0");
        assertThat(browser.text("sync-outcome")).startsWith("Synchronisation finished at");
        assertThat(browser.text("last-sync-result")).isEqualTo("succeeded");
        browser.screenshot("templates");
    }

    // No secret in the configuration page

    @Test
    void noSecretValueAppearsInTheConfigurationPage() {
        browser.openAsOperator("/admin/configuration.xhtml");

        String html = browser.driver().getPageSource();
        Map<String, String> secrets = SandboxExtension.running().econnectorSettings().entrySet().stream()
                .filter(e -> e.getKey().contains("PASSWORD") || e.getKey().contains("PWD") || e.getKey().contains("SECRET"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(secrets).containsKeys("ADMIN_OIDC_CLIENT_SECRET", "GENERIC_KEYSTORE_PWD", "SAAS_KEYSTORE_PASSWORD");
        secrets.values().forEach(secret -> assertThat(html).doesNotContain(secret));
        assertThat(html).doesNotContain(SandboxPki.PASSWORD);
        assertThat(browser.text("setting-ADMIN_OIDC_CLIENT_SECRET")).isEqualTo("set (secret, hidden)");
        assertThat(browser.text("setting-GENERIC_KEYSTORE_PWD")).isEqualTo("set (secret, hidden)");
        assertThat(browser.text("setting-KMS_SIGN_URL")).isEqualTo(sandbox().base() + "api/v3/sign-data");
        browser.script("document.getElementById('setting-GENERIC_KEYSTORE_PWD').scrollIntoView({block: 'center'});");
        browser.screenshot("configuration");
    }

    // Forged and foreign POSTs

    @Test
    void aPostWithoutAValidViewStateOrFromAForeignOriginIsRefused() {
        browser.openAsOperator("/admin/templates.xhtml");
        String session = "JSESSIONID=" + browser.cookie("JSESSIONID");
        String viewState = browser.driver().findElement(By.name("jakarta.faces.ViewState")).getAttribute("value");
        String own = "https://localhost:" + HTTPS_PORT;

        assertThat(syncPost(session, "forged-view-state", own).statusCode()).as("forged view state").isEqualTo(403);
        assertThat(syncPost(session, viewState, "https://evil.example").statusCode()).as("foreign origin")
                .isEqualTo(403);
        assertThat(syncPost(session, viewState, null).statusCode()).as("no origin, no referer").isEqualTo(403);
        HttpResponse<String> genuine = syncPost(session, viewState, own);
        assertThat(genuine.statusCode()).as("the same POST from the console").isEqualTo(200);
        assertThat(genuine.body()).contains("id=\"sync-outcome\"").contains("Synchronisation finished at");
    }

    @Test
    void aFormOnAnotherSiteCannotPostToTheConsoleInTheOperatorsBrowser() {
        browser.openAsOperator("/admin/templates.xhtml");
        String viewState = browser.driver().findElement(By.name("jakarta.faces.ViewState")).getAttribute("value");
        browser.driver().get(sandbox().base() + "vendor/"); // another origin (same site: localhost)

        browser.script("""
                var form = document.createElement('form');
                form.method = 'post';
                form.action = arguments[0];
                [['sync', 'sync'], ['sync:now', 'x'], ['jakarta.faces.ViewState', arguments[1]]].forEach(function (p) {
                    var input = document.createElement('input');
                    input.type = 'hidden'; input.name = p[0]; input.value = p[1];
                    form.appendChild(input);
                });
                document.body.appendChild(form);
                form.submit();
                """, browser.base() + "/admin/templates.xhtml", viewState);

        browser.await(d -> d.getCurrentUrl().startsWith(browser.base()));
        assertThat(browser.status()).isEqualTo(403);
        assertThat(browser.driver().getPageSource()).doesNotContain("sync-outcome");
    }

    private HttpResponse<String> syncPost(String session, String viewState, String origin) {
        String form = "sync=sync&" + URLEncoder.encode("sync:now", StandardCharsets.UTF_8) + "=Sync"
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("https://localhost:" + HTTPS_PORT + "/admin/templates.xhtml"))
                .timeout(Duration.ofSeconds(30))
                .header("Cookie", session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return client.send(request.build());
    }

    // The other pages, the language switch (and their screenshots)

    @Test
    void theActivityPageShowsTheCountersSinceStart() {
        browser.openAsOperator("/admin/activity.xhtml");

        assertThat(browser.text("documents-rendered")).matches("\\d+");
        assertThat(browser.text("documents-signed")).matches("\\d+");
        assertThat(browser.text("documents-deposited")).matches("\\d+");
        UPSTREAMS.forEach(upstream -> assertThat(browser.text("errors-" + upstream)).matches("\\d+"));
        browser.screenshot("activity");
    }

    @Test
    void theConsoleSpeaksFrenchOnRequestAndHasNoInlineScript() {
        browser.openAsOperator("/admin/dashboard.xhtml");

        browser.element("language").click();

        browser.await(d -> d.findElement(By.tagName("h1")).getText().equals("Tableau de bord"));
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        UPSTREAMS.forEach(upstream -> awaitStatus(upstream, "Disponible"));
        browser.screenshot("dashboard-fr");
        for (String page : List.of("dashboard", "templates", "configuration", "activity")) {
            browser.open("/admin/" + page + ".xhtml");
            String html = browser.driver().getPageSource();
            assertThat(html).as(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                    .doesNotContainPattern("\\son[a-z]+=\"").doesNotContain("style=\"");
        }
    }

    // No spelling of a console page skips the login

    /**
     * Spellings of a console page that a server or a filter may read differently: dot segments
     * (plain, percent-encoded in either case, half-encoded, with encoded slashes or backslashes),
     * path parameters, doubled slashes, other cases, needlessly encoded letters, double encoding
     * and encoded NUL. {@code P} stands for the page's name.
     */
    static final List<String> BYPASS_SPELLINGS = List.of(
            "/admin/assets/../P.xhtml",
            "/admin/assets/%2e%2e/P.xhtml",
            "/admin/assets/%2E%2E/P.xhtml",
            "/admin/assets/..%2fP.xhtml",
            "/admin/assets/.%2e/P.xhtml",
            "/admin/assets/%2e%2e%2fP.xhtml",
            "/admin/assets/x/..%2f..%2fP.xhtml",
            "/admin/assets/../../admin/P.xhtml",
            "/admin/./P.xhtml",
            "/admin//P.xhtml",
            "//admin/P.xhtml",
            "/admin/P.xhtml;/admin/assets/x",
            "/admin/P.xhtml;jsessionid=0",
            "/admin/assets;x=y/../P.xhtml",
            "/admin/assets/..;/P.xhtml",
            "/admin/assets/%2e%2e;/P.xhtml",
            "/ADMIN/P.xhtml",
            "/admin/Cap.xhtml",
            "/admin/P.XHTML",
            "/admin/ASSETS/../P.xhtml",
            "/admin/assets/..\\P.xhtml",
            "/admin/assets/%5c../P.xhtml",
            "/admin/assets/..%5cP.xhtml",
            "/admin/%61ssets/../P.xhtml",
            "/%61dmin/P.xhtml",
            "/admin/assets/%252e%252e/P.xhtml",
            "/admin/assets/..%00/P.xhtml",
            "/admin/P.xhtml%00",
            "/admin/assets/..%2500/P.xhtml");

    @Test
    void everySpellingOfAConsolePageLeadsToTheLoginOrA4xx() {
        List<String> leaks = new ArrayList<>();
        StringBuilder table = new StringBuilder("\nstatus  spelling\n");
        for (String page : PAGES) {
            String capitalised = Character.toUpperCase(page.charAt(0)) + page.substring(1);
            for (String spelling : BYPASS_SPELLINGS) {
                String target = spelling.replace("Cap", capitalised).replace("P", page);
                RawHttps.Answer answer = raw.send("GET", target);
                boolean toLogin = answer.status() == 302 && answer.header("Location").orElse("")
                        .startsWith(sandbox().issuer() + "/protocol/openid-connect/auth?");
                boolean refused = answer.status() >= 400 && answer.status() < 500;
                if (!(toLogin || refused) || answer.body().contains("id=\"logout\"")) {
                    leaks.add(answer.status() + " " + target);
                }
                table.append(String.format(Locale.ROOT, "%-7d %s%n", answer.status(), target));
            }
        }
        System.out.println(table);
        assertThat(leaks).as("spellings that reached a console page without a login").isEmpty();
    }

    @Test
    void anAmbiguousPathIsRefusedWithA400Problem() {
        RawHttps.Answer answer = raw.send("GET", "/admin/assets/%2e%2e/configuration.xhtml");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":400", "\"requestId\"").doesNotContain("%2e");
    }

    /**
     * {@code /ADMIN/…} is outside the login filter's {@code /admin/*} (URL patterns are
     * case-sensitive) yet goes to the Faces servlet ({@code *.xhtml}): the view wall alone
     * answers it. On a case-insensitive file system the view would exist; here it would be 404.
     */
    @Test
    void aViewTheLoginFilterNeverSawIsRefusedByTheViewWall() {
        RawHttps.Answer answer = raw.send("GET", "/ADMIN/configuration.xhtml");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
    }

    @Test
    void theConsolesAssetsAndPublicPagesStillNeedNoLogin() {
        RawHttps.Answer css = raw.send("GET", "/admin/assets/console.css");
        RawHttps.Answer signedOut = raw.send("GET", "/admin/signed-out.xhtml");

        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(signedOut.status()).isEqualTo(200);
        assertThat(signedOut.body()).contains("logged out").doesNotContain("id=\"logout\"");
    }

    /** Where the {@code url} parameter of the logout could send the browser, were it followed. */
    static final List<String> OFF_SITE_TARGETS = List.of("https://evil.example", "//evil.example", "/\\evil.example",
            "/\\/evil.example", "\\\\evil.example", "https:evil.example", "/\t/evil.example", " //evil.example",
            "/%2F/evil.example", "/%5Cevil.example", "/admin/../\\evil.example", "javascript:alert(1)");

    @Test
    void theLogoutRedirectsToTheSignedOutPageWhateverItsUrlParameterSays() {
        String own = "https://localhost:" + HTTPS_PORT;
        for (String target : OFF_SITE_TARGETS) {
            RawHttps.Answer answer = raw.send("POST", "/admin/logout?url=" + URLEncoder.encode(target, StandardCharsets.UTF_8),
                    "Origin: " + own);

            assertThat(answer.status()).as(target).isBetween(300, 399);
            assertThat(answer.header("Location")).as(target).hasValueSatisfying(location -> assertThat(location)
                    .isIn("/admin/signed-out.xhtml", own + "/admin/signed-out.xhtml"));
        }
    }

    @Test
    void aGetCannotLogTheOperatorOut() {
        browser.openAsOperator("/admin/activity.xhtml");

        browser.open("/admin/logout"); // what a cross-site <img src> or link would do
        assertThat(browser.status()).isEqualTo(405);

        browser.open("/admin/activity.xhtml");
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.base() + "/admin/activity.xhtml");
        assertThat(browser.text("documents-rendered")).matches("\\d+");
        RawHttps.Answer anonymous = raw.send("GET", "/admin/logout");
        assertThat(anonymous.status()).isEqualTo(405);
        assertThat(anonymous.header("Allow")).hasValue("POST");
    }
}
