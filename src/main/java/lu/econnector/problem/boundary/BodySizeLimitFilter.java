package lu.econnector.problem.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.platform.BoundedInputStream;

/**
 * Refuses request bodies over {@code MAX_REQUEST_BODY_BYTES} with 413: at once when the
 * length is announced, as soon as the limit is passed when it is not (chunked).
 */
@WebFilter(filterName = "bodySizeLimit", asyncSupported = true) // mapped after the request id in web.xml
public class BodySizeLimitFilter extends HttpFilter {

    @Inject
    EconnectorConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = config.limits().maxRequestBodyBytes();
        if (request.getContentLengthLong() > limit) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request.getContentLengthLong() == -1 ? new Bounded(request, limit) : request, response);
    }

    /** The request with its body stream bounded. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public synchronized ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream original = super.getInputStream();
                BoundedInputStream bounded = new BoundedInputStream(original, limit);
                stream = new ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        return bounded.read();
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        return bounded.read(buffer, offset, length);
                    }

                    @Override
                    public boolean isFinished() {
                        return original.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return original.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        original.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
