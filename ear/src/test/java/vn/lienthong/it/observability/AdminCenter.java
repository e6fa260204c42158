package vn.lienthong.it.observability;

import vn.lienthong.it.support.Https;
import vn.lienthong.it.support.HubResponse;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * A browser on Liberty's Admin Center: its sign-in form posts to j_security_check with the CSRF token
 * the login page set as a cookie, exactly as the page's script does.
 */
final class AdminCenter {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = Https.newClient(cookies);

    /** Signs in through the form; answers the sign-in's response (a redirect either way). */
    HubResponse signIn(String user, String password) {
        Https.send(browser, Https.request("/adminCenter/login.jsp").GET());
        String token = cookies.getCookieStore().get(URI.create(Https.URL)).stream()
                .filter(c -> c.getName().equals("csrfToken")).map(HttpCookie::getValue).findFirst().orElse("");
        String form = "j_username=" + encoded(user) + "&j_password=" + encoded(password) + "&X-CSRF-Token=" + encoded(token);
        return Https.send(browser, Https.request("/adminCenter/j_security_check")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    HubResponse get(String path) {
        return Https.send(browser, Https.request(path).GET());
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
