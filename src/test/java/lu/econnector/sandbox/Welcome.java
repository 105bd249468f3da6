package lu.econnector.sandbox;

import java.net.URI;

/** What the sandbox prints once everything answers. */
final class Welcome {

    private Welcome() {
    }

    static String text(URI econnector, URI simulators) {
        return """

                ================================================================================
                 eConnector sandbox is running (profile sandbox). Ctrl-C stops it.

                 eConnector (HTTPS, self-signed certificate target/sandbox/pki/saas-keystore.p12;
                 curl -k, or accept it once in the browser):
                   API status   %1$seconnector/status
                   Swagger UI   %1$sswaggerui/index.html
                   OpenAPI      %1$sopenapi
                   Readiness    %1$shealth/ready
                   Console      %1$sadmin/  (user operator, password sandbox)

                 Simulated CNS upstreams, all on %2$s (root CA: %2$spki/root-ca.crt):
                   AeS          %2$sauth/realms/default/.well-known/openid-configuration
                   KMS          %2$sapi/v3/
                   mySecu       %2$sws/soap/trust  and  %2$sws/soap/espinst/syncexchange
                   iHUB         %2$sws/rest/ihub/v1/templates  (offers mh 2.1.0, newer than the bundled 1.0.0)

                 A professional's access token (users dr.muller, dr.weber, dr.noremote, dr.nomysecu, dr.revoked;
                 password sandbox), to paste into Swagger UI's "Authorize":
                   curl -k -d grant_type=password -d client_id=sandbox-vendor -d client_secret=sandbox-secret \\
                        -d username=dr.muller -d password=sandbox \\
                        %2$sauth/realms/default/protocol/openid-connect/token
                 or log in as a vendor's user would (Authorization Code + PKCE): %2$svendor/
                ================================================================================
                """.formatted(econnector, simulators);
    }
}
