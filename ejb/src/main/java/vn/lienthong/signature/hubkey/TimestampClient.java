package vn.lienthong.signature.hubkey;

import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

import vn.lienthong.platform.crypto.Sha256;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;

/** Asks an RFC 3161 time-stamping authority for a token over some bytes (SHA-256 imprint). */
public final class TimestampClient {

    private final URI tsa;
    private final Duration timeout;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();

    public TimestampClient(URI tsa, Duration timeout) {
        this.tsa = tsa;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public TimeStampToken stamp(byte[] data) throws IOException, TSPException {
        byte[] imprint = Sha256.digest(data);
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(NISTObjectIdentifiers.id_sha256, imprint, new BigInteger(64, random));
        HttpResponse<byte[]> response;
        try {
            response = http.send(HttpRequest.newBuilder(tsa).timeout(timeout).header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking the TSA", e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("TSA " + tsa + " answered HTTP " + response.statusCode());
        }
        TimeStampResponse answer = new TimeStampResponse(response.body());
        answer.validate(request);
        if (answer.getTimeStampToken() == null) {
            throw new TSPException("TSA " + tsa + " granted no token: " + answer.getStatusString());
        }
        return answer.getTimeStampToken();
    }
}
