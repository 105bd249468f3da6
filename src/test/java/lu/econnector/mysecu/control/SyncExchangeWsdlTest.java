package lu.econnector.mysecu.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SyncExchangeWsdlTest {

    static final URI ENDPOINT = URI.create("https://ws.mysecu.lu:443/ws/soap/espinst/syncexchange");

    @Test
    void theServicesOwnWsdlIsReadFromTheBundledCopy() {
        assertThat(SyncExchangeWsdl.choose(URI.create(ENDPOINT + "?wsdl"), ENDPOINT))
                .isEqualTo(SyncExchangeWsdl.bundled());
        assertThat(SyncExchangeWsdl.choose(URI.create(ENDPOINT + "/?WSDL"), ENDPOINT))
                .isEqualTo(SyncExchangeWsdl.bundled());
        assertThat(SyncExchangeWsdl.choose(null, ENDPOINT)).isEqualTo(SyncExchangeWsdl.bundled());
    }

    @Test
    void anotherLocationIsLoadedAsGiven() {
        URI elsewhere = URI.create("file:/etc/econnector/syncexchange-v2.wsdl");

        assertThat(SyncExchangeWsdl.choose(elsewhere, ENDPOINT).toString()).isEqualTo(elsewhere.toString());
    }

    @Test
    void anotherServersWsdlIsLoadedAsGiven() {
        URI mirror = URI.create("https://mirror.example/ws/soap/espinst/syncexchange?wsdl");

        assertThat(SyncExchangeWsdl.choose(mirror, ENDPOINT).toString()).isEqualTo(mirror.toString());
    }
}
