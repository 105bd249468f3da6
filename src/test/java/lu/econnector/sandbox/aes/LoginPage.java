package lu.econnector.sandbox.aes;

import static lu.econnector.sandbox.Http.escapeHtml;

import java.util.List;
import java.util.Map;

/** The sandbox AeS's login form: plain HTML, no script. */
final class LoginPage {

    /** The request parameters the form carries through its POST. */
    private static final List<String> CARRIED = List.of("client_id", "redirect_uri", "response_type", "scope",
            "state", "nonce", "code_challenge", "code_challenge_method");

    private LoginPage() {
    }

    static String form(Map<String, String> params, String error) {
        StringBuilder hidden = new StringBuilder();
        for (String name : CARRIED) {
            String value = params.get(name);
            if (value != null) {
                hidden.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                        .append(escapeHtml(value)).append("\">\n");
            }
        }
        return page("""
                <h1>eSanté sandbox: log in</h1>
                %s
                <form method="post" action="auth">
                %s<p><label>Username <input name="username" autocomplete="username" autofocus></label></p>
                <p><label>Password <input name="password" type="password" autocomplete="current-password"></label></p>
                <p><button type="submit">Log in</button></p>
                </form>
                <p class="hint">Test users: dr.muller, dr.weber, dr.noremote, dr.nomysecu, dr.revoked, operator (password: sandbox)</p>
                """.formatted(error == null ? "" : "<p class=\"error\">" + escapeHtml(error) + "</p>", hidden));
    }

    static String error(String message) {
        return page("<h1>eSanté sandbox</h1><p class=\"error\">" + escapeHtml(message) + "</p>");
    }

    private static String page(String body) {
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>eSanté sandbox</title>
                <style>body{font-family:sans-serif;max-width:32em;margin:3em auto}.error{color:#b00}
                .hint{color:#555;font-size:90%%}</style></head><body>
                %s</body></html>""".formatted(body);
    }
}
