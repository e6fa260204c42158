package vn.lienthong.client.cli;

/** A command line that cannot be run as written. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
