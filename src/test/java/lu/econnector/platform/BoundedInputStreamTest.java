package lu.econnector.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class BoundedInputStreamTest {

    @Test
    void aBodyUpToTheLimitReadsInFull() throws Exception {
        BoundedInputStream cut = new BoundedInputStream(new ByteArrayInputStream(new byte[100]), 100);

        assertThat(cut.readAllBytes()).hasSize(100);
    }

    @Test
    void oneByteOverTheLimitIsRefusedWith413() {
        BoundedInputStream cut = new BoundedInputStream(new ByteArrayInputStream(new byte[101]), 100);

        assertThatThrownBy(cut::readAllBytes).isInstanceOf(PayloadTooLargeException.class)
                .satisfies(e -> assertThat(((PayloadTooLargeException) e).status()).isEqualTo(413));
    }

    @Test
    void singleByteReadsCountToo() throws Exception {
        BoundedInputStream cut = new BoundedInputStream(new ByteArrayInputStream(new byte[3]), 2);

        cut.read();
        cut.read();
        assertThatThrownBy(cut::read).isInstanceOf(PayloadTooLargeException.class);
    }
}
