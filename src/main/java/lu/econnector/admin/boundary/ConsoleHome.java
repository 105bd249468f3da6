package lu.econnector.admin.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /admin/} is the dashboard (reached after the login filters, like every console page). */
@WebServlet(name = "consoleHome", urlPatterns = {"/admin", "/admin/"})
public class ConsoleHome extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/admin/dashboard.xhtml");
    }
}
