package lu.econnector.admin.control;

import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import lu.econnector.config.entity.EconnectorConfig;
import org.pac4j.core.authorization.authorizer.RequireAnyRoleAuthorizer;
import org.pac4j.core.config.Config;
import org.pac4j.core.engine.DefaultCallbackLogic;
import org.pac4j.core.http.adapter.HttpActionAdapter;
import org.pac4j.core.http.callback.NoParameterCallbackUrlResolver;
import org.pac4j.core.http.url.DefaultUrlResolver;
import org.pac4j.oidc.client.OidcClient;
import org.pac4j.oidc.config.OidcConfiguration;

/**
 * The pac4j configuration of the console's login: one OpenID Connect client using the
 * Authorization Code flow with PKCE S256 (RFC 7636) and a nonce, authenticating to the token
 * endpoint with {@code client_secret_basic}, and an authorizer requiring the admin role.
 *
 * <p>The callback URL is relative, completed from each request: the identity provider only
 * redirects to the URIs registered for the client, and the host the operator used must be the
 * one the callback comes back to (a session cookie is per host).
 */
public final class ConsoleLogin {

    public static final String CLIENT = "ConsoleOidcClient";
    public static final String ADMIN = "consoleAdmin";
    public static final String CALLBACK_PATH = "/admin/callback";
    public static final String LOGOUT_PATH = "/admin/logout";
    public static final String LOGIN_FAILED_PATH = "/admin/login-failed.xhtml";
    public static final String SIGNED_OUT_PATH = "/admin/signed-out.xhtml";

    private ConsoleLogin() {
    }

    public static Config config(EconnectorConfig.AdminConsole console, SSLContext trust, Duration connectTimeout,
                                Duration readTimeout, HttpActionAdapter actions) {
        int connectMillis = (int) connectTimeout.toMillis();
        int readMillis = (int) readTimeout.toMillis();
        OidcConfiguration oidc = new OidcConfiguration();
        oidc.setDiscoveryURI(console.issuer() + "/.well-known/openid-configuration");
        oidc.setClientId(console.clientId());
        oidc.setSecret(console.clientSecret().value());
        oidc.setClientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        oidc.setPkceMethod(CodeChallengeMethod.S256);
        oidc.setUseNonce(true);
        oidc.setScope("openid profile");
        oidc.setSslSocketFactory(trust.getSocketFactory());
        oidc.setConnectTimeout(connectMillis);
        oidc.setReadTimeout(readMillis);
        oidc.setResourceRetriever(new DefaultResourceRetriever(connectMillis, readMillis, 0, true,
                trust.getSocketFactory()));
        // The web session's own timeout ends a console session, not the ID token's 5 minutes.
        oidc.setExpireSessionWithToken(false);

        OidcClient client = new OidcClient(oidc);
        client.setName(CLIENT);
        client.setCallbackUrl(CALLBACK_PATH);
        client.setCallbackUrlResolver(new NoParameterCallbackUrlResolver());
        client.setUrlResolver(new DefaultUrlResolver(true));
        client.addAuthorizationGenerator(new RoleClaim(console.roleClaim()));

        Config config = new Config(client);
        config.addAuthorizer(ADMIN, new RequireAnyRoleAuthorizer(console.role()));
        config.setHttpActionAdapter(actions);
        DefaultCallbackLogic callback = new DefaultCallbackLogic();
        // A state mismatch or a lost session at the callback: a page saying so, not a 500.
        callback.setErrorUrl(LOGIN_FAILED_PATH);
        config.setCallbackLogic(callback);
        return config;
    }
}
