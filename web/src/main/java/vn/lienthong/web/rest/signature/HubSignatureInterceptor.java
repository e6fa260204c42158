package vn.lienthong.web.rest.signature;

import jakarta.ejb.EJB;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import vn.lienthong.signature.hubkey.HubSigning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;

/**
 * Signs the exact bytes of a {@link SignedByHub} answer with the hub's key: the body is written to
 * a buffer first, its detached CMS signature (base64 DER) goes into the {@value #HEADER} header,
 * then the same bytes are sent. Whoever holds the body and the header can check them offline
 * against {@code GET /api/v1/hub/certificate}, however the copy reached them.
 */
@Provider
@SignedByHub
public class HubSignatureInterceptor implements WriterInterceptor {

    public static final String HEADER = "Lienthong-Signature";

    @EJB
    HubSigning hub;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        OutputStream original = context.getOutputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        context.setOutputStream(body);
        try {
            context.proceed();
        } finally {
            context.setOutputStream(original);
        }
        byte[] bytes = body.toByteArray();
        context.getHeaders().putSingle(HEADER, Base64.getEncoder().encodeToString(hub.signer().signDetached(bytes)));
        original.write(bytes);
    }
}
