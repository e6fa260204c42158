package vn.lienthong.procedure.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.text.Texts;

/** A fee or charge (phí, lệ phí) of a procedure, in đồng. */
@Embeddable
public class Fee {

    @Column(name = "description", nullable = false, length = 400)
    private String description;

    @Column(name = "amount_vnd", nullable = false)
    private long amountVnd;

    protected Fee() {
        // for JPA
    }

    public Fee(String description, long amountVnd) {
        this.description = Texts.required(description, "fees.description", 400);
        if (amountVnd < 0) {
            throw new InvalidRequestException("fees.amountVnd", "A fee cannot be negative", "Lệ phí không được âm");
        }
        this.amountVnd = amountVnd;
    }

    public String description() {
        return description;
    }

    public long amountVnd() {
        return amountVnd;
    }
}
