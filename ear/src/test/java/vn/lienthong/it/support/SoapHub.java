package vn.lienthong.it.support;

import jakarta.activation.DataHandler;
import jakarta.activation.DataSource;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.soap.MTOMFeature;
import vn.lienthong.it.soap.v1.Directory;
import vn.lienthong.it.soap.v1.DirectoryService;
import vn.lienthong.it.soap.v1.Exchange;
import vn.lienthong.it.soap.v1.ExchangeService;

import javax.net.ssl.SSLContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The hub's SOAP services as agency software reaches them: through the client generated at build
 * time from the published WSDL (lienthong-v1.wsdl), which is read from the running server.
 */
public final class SoapHub {

    public static final String EXCHANGE_PATH = "/soap/v1/exchange";
    public static final String DIRECTORY_PATH = "/soap/v1/directory";
    /** The JAX-WS reference implementation's request property for the TLS socket factory. */
    private static final String SSL_SOCKET_FACTORY = "com.sun.xml.ws.transport.https.client.SSLSocketFactory";

    private static final Map<String, ExchangeService> EXCHANGE_SERVICES = new HashMap<>();
    private static final Map<String, DirectoryService> DIRECTORY_SERVICES = new HashMap<>();

    private SoapHub() {
    }

    /** The exchange port signed in as a sample agency with the sample secret. */
    public static Exchange exchangeAs(String agencyCode) {
        return exchange(agencyCode, Hub.SAMPLE_SECRET);
    }

    /** The exchange port with HTTP Basic {@code user}/{@code password}; no credential at all when user is null. */
    public static Exchange exchange(String user, String password) {
        return exchange(Hub.BASE_URL, user, password);
    }

    /** The exchange port of the server at {@code baseUrl}, with HTTP Basic (none when user is null). */
    public static Exchange exchange(String baseUrl, String user, String password) {
        Exchange port = exchangeService(baseUrl).getExchangePort(new MTOMFeature(true));
        return signIn(port, baseUrl + EXCHANGE_PATH, user, password);
    }

    /**
     * The exchange port of the server at {@code baseUrl}, reached at {@code httpsUrl} and signed in
     * by the client certificate of {@code tls} (mutual TLS), without any password.
     */
    public static Exchange exchangeWithCertificate(String baseUrl, String httpsUrl, SSLContext tls) {
        Exchange port = exchange(baseUrl, null, null);
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, httpsUrl + EXCHANGE_PATH);
        context.put(SSL_SOCKET_FACTORY, tls.getSocketFactory());
        return port;
    }

    public static Exchange exchangeAsAdministrator() {
        return exchange(Hub.ADMIN_USER, Hub.ADMIN_PASSWORD);
    }

    public static Directory directoryAs(String agencyCode) {
        return directory(agencyCode, Hub.SAMPLE_SECRET);
    }

    public static Directory directoryAsAdministrator() {
        return directory(Hub.ADMIN_USER, Hub.ADMIN_PASSWORD);
    }

    public static Directory directory(String user, String password) {
        return signIn(directoryService(Hub.BASE_URL).getDirectoryPort(), Hub.BASE_URL + DIRECTORY_PATH, user, password);
    }

    /** An edXML package (or anything else) as the MTOM attachment of a request. */
    public static DataHandler attachment(byte[] bytes) {
        return new DataHandler(new DataSource() {
            @Override
            public InputStream getInputStream() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public OutputStream getOutputStream() throws IOException {
                throw new IOException("read-only");
            }

            @Override
            public String getContentType() {
                return "application/octet-stream";
            }

            @Override
            public String getName() {
                return "package.edxml";
            }
        });
    }

    public static byte[] bytes(DataHandler attachment) {
        try (InputStream in = attachment.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <P> P signIn(P port, String address, String user, String password) {
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, address);
        if (user != null) {
            context.put(BindingProvider.USERNAME_PROPERTY, user);
            context.put(BindingProvider.PASSWORD_PROPERTY, password);
        }
        return port;
    }

    private static synchronized ExchangeService exchangeService(String baseUrl) {
        return EXCHANGE_SERVICES.computeIfAbsent(baseUrl, url -> new ExchangeService(wsdl(url, EXCHANGE_PATH)));
    }

    private static synchronized DirectoryService directoryService(String baseUrl) {
        return DIRECTORY_SERVICES.computeIfAbsent(baseUrl, url -> new DirectoryService(wsdl(url, DIRECTORY_PATH)));
    }

    /** The contract as the server publishes it; on the server under test, once the application serves it. */
    private static URL wsdl(String baseUrl, String path) {
        if (baseUrl.equals(Hub.BASE_URL)) {
            ServerControl.awaitReady(Duration.ofSeconds(180));
        }
        try {
            return URI.create(baseUrl + path + "?wsdl").toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
