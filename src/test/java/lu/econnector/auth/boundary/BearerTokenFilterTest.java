package lu.econnector.auth.boundary;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import lu.econnector.Fake;
import lu.econnector.auth.control.InvalidTokenException;
import org.junit.jupiter.api.Test;

class BearerTokenFilterTest {

    private final BearerTokenFilter cut = new BearerTokenFilter();

    @Test
    void aMatrixParameterOnTheApiSegmentDoesNotSkipTheTokenCheck() {
        ContainerRequestContext request = withoutToken("api;x=y/v1/templates",
                segment("api", "x", "y"), segment("v1"), segment("templates"));

        assertThatThrownBy(() -> cut.filter(request)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void aPlainApiPathWithoutATokenIsRefused() {
        ContainerRequestContext request = withoutToken("api/v1/me", segment("api"), segment("v1"), segment("me"));

        assertThatThrownBy(() -> cut.filter(request)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void theStatusPageNeedsNoToken() {
        ContainerRequestContext request = withoutToken("status", segment("status"));

        assertThatCode(() -> cut.filter(request)).doesNotThrowAnyException();
    }

    private static ContainerRequestContext withoutToken(String path, PathSegment... segments) {
        UriInfo uri = Fake.of(UriInfo.class, (method, arguments) -> switch (method) {
            case "getPath" -> path;
            case "getPathSegments" -> List.of(segments);
            default -> throw Fake.unexpected(method);
        });
        return Fake.of(ContainerRequestContext.class, (method, arguments) -> switch (method) {
            case "getUriInfo" -> uri;
            case "getHeaderString" -> null;
            default -> throw Fake.unexpected(method);
        });
    }

    /** A segment as JAX-RS gives it: its path without the matrix parameters, which come apart. */
    private static PathSegment segment(String path, String... matrix) {
        MultivaluedMap<String, String> parameters = new MultivaluedHashMap<>();
        for (int i = 0; i + 1 < matrix.length; i += 2) {
            parameters.add(matrix[i], matrix[i + 1]);
        }
        return new PathSegment() {
            @Override
            public String getPath() {
                return path;
            }

            @Override
            public MultivaluedMap<String, String> getMatrixParameters() {
                return parameters;
            }

            @Override
            public String toString() {
                return path + Arrays.toString(matrix);
            }
        };
    }
}
