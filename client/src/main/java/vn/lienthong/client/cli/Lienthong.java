package vn.lienthong.client.cli;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import vn.lienthong.client.http.HubException;
import vn.lienthong.client.signature.VerificationException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * {@code lienthong}: the command line over the client library (docs/client.md). Standard output
 * carries the answer (text, or JSON with {@code --json}); errors and progress go to standard error;
 * the exit code says what kind of failure it was ({@link ExitCode}).
 */
public final class Lienthong {

    static final String HELP = """
            lienthong — gửi, nhận văn bản điện tử qua trục LienThong / send and receive documents through a LienThong hub

            Usage: lienthong [options] COMMAND ...
              send FILE                          send a package as it is
              send --to CODE[=Name]... --number N --notation X --place P --subject S [--date yyyy-MM-dd]
                   [--due yyyy-MM-dd] [--type N --type-name T] [--steering N] [--priority N] [--content C]
                   [--signer-name N --signer-position P] [--attach FILE]... [--from-name N] [--document-id ID]
                   [--paper] [--save FILE]      build a package from fields and files, sign it (--keystore or --pkcs11-config), send it
                   [--idempotency-key K] [--receipt FILE]   (key: by default sha256 of the package; receipt: save the signed receipt)
              inbox [--limit N] [--after CURSOR] [--all]        documents waiting for you (--all: also the confirmed ones)
              fetch ID [--out FILE|DIR] [--verify [--trust CA.pem]...]   download a package (streamed, SHA-256 checked)
              fetch --next N [--out DIR] [--verify ...]             the next N waiting packages in one batch call
              ack ID [--failed REASON]           confirm the fetch (done), or report that it failed
              ack ID ID ...                      confirm several in one batch call (done)
              status send RECEIVED.edxml --code 01..06|13|15|16 [--description D] [--department D --staff S] [--save FILE]
              status show ID                     what each recipient of a document you sent did with it
              receipt get ID [--recipient CODE] [--out FILE]        the hub's signed acceptance (or delivery) receipt
              receipt verify FILE --hub-cert PEM [--package FILE]   check a receipt offline against the pinned hub certificate
              directory sync --file FILE [--hub-cert PEM]           keep a local copy of the directory (snapshot, then changes)

            Options (or environment variables):
              --hub URL (LIENTHONG_HUB)  --agency CODE (LIENTHONG_AGENCY)  --secret S (LIENTHONG_SECRET)
              --keystore FILE.p12 --keystore-password P (LIENTHONG_KEYSTORE_PASSWORD) | --pkcs11-config FILE --pin P (LIENTHONG_PIN)
              --alias A  --tls-truststore FILE [--tls-truststore-password P]  --timeout 60s
              --retries N (5)  --retry-wait 1s (doubling)  --json  --quiet (no progress bar)

            Exit codes: 0 ok, 1 failed (unexpected), 2 usage, 3 sign-in refused, 4 refused by the hub,
                        5 hub unavailable or unreachable, 6 verification failed
            """;

    private Lienthong() {
    }

    public static void main(String[] args) {
        System.exit(run(args, utf8(System.out), utf8(System.err)));
    }

    /** Runs one command line; answers the exit code (tests call this instead of {@link #main}). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = new Arguments(args);
        } catch (UsageException e) {
            return fail(null, err, out, ExitCode.USAGE, e.getMessage() + "\n(lienthong help)", null);
        }
        Context c = new Context(arguments, out, err);
        try {
            String command = arguments.positional().isEmpty() ? "help" : arguments.positional().get(0);
            switch (command) {
                case "send" -> SendCommand.run(c);
                case "inbox" -> ReceiveCommands.inbox(c);
                case "fetch" -> ReceiveCommands.fetch(c);
                case "ack" -> ReceiveCommands.ack(c);
                case "status" -> StatusCommands.run(c);
                case "receipt" -> ReceiptCommands.receipt(c);
                case "directory" -> ReceiptCommands.directory(c);
                case "help" -> out.print(HELP);
                default -> throw new UsageException("unknown command " + command);
            }
            return ExitCode.OK.code;
        } catch (UsageException e) {
            return fail(c, err, out, ExitCode.USAGE, e.getMessage() + "\n(lienthong help)", null);
        } catch (HubException e) {
            ExitCode code = e.authentication() ? ExitCode.AUTH_REFUSED : e.unavailable() ? ExitCode.UNAVAILABLE : ExitCode.REFUSED;
            String vi = e.detailVi() == null ? "" : "\n" + e.detailVi();
            return fail(c, err, out, code, e.getMessage() + vi, e);
        } catch (VerificationException e) {
            return fail(c, err, out, ExitCode.VERIFICATION_FAILED, e.getMessage(), null);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return fail(c, err, out, ExitCode.FAILED, e.toString(), null);
        }
    }

    private static int fail(Context c, PrintStream err, PrintStream out, ExitCode code, String message, HubException hub) {
        err.println("lienthong: " + message);
        if (c != null && c.args.flag("json")) {
            JsonObjectBuilder json = Json.createObjectBuilder().add("error", code.name()).add("exitCode", code.code).add("message", message);
            if (hub != null && hub.problem() != null) {
                json.add("problem", hub.problem());
            }
            out.println(json.build());
        }
        return code.code;
    }

    static PrintStream utf8(PrintStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }
}
