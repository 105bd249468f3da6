package lu.econnector.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;
import lu.econnector.platform.Upstream;

@Readiness
@ApplicationScoped
public class MySecuReadiness extends UpstreamReadiness {

    @Override
    Upstream upstream() {
        return Upstream.MYSECU;
    }
}
