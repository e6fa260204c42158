package vn.lienthong.exchange.status;

import vn.lienthong.platform.batch.Refusal;

import java.util.Optional;

/** The answer to one status package of a batch: its receipt, or why it was refused. */
public record StatusOutcome(StatusReceipt receipt, Refusal refusal) {

    public StatusOutcome {
        if ((receipt == null) == (refusal == null)) {
            throw new IllegalArgumentException("a status is either recorded or refused");
        }
    }

    public Optional<StatusReceipt> recorded() {
        return Optional.ofNullable(receipt);
    }

    public Optional<Refusal> refused() {
        return Optional.ofNullable(refusal);
    }
}
