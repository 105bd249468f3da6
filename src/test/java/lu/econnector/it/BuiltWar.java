package lu.econnector.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What every black-box test deploys: the WAR that ships, at the server root as Payara deploys ROOT.war. */
final class BuiltWar {

    private BuiltWar() {
    }

    static WebArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("econnector.war")))
                .as(WebArchive.class);
    }
}
