package vn.lienthong.web.console;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.lienthong.web.security.ConsoleSession;

import java.io.IOException;

/** The server's root address leads a browser to the console (it answered 404 before there was one). */
@WebServlet(urlPatterns = "")
public class RootRedirect extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + ConsoleSession.PATH);
    }
}
