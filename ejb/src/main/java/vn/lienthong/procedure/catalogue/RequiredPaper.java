package vn.lienthong.procedure.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.text.Texts;

/** A paper the applicant submits (thành phần hồ sơ), with how many originals and copies. */
@Embeddable
public class RequiredPaper {

    @Column(name = "name", nullable = false, length = 1000)
    private String name;

    @Column(name = "originals", nullable = false)
    private int originals;

    @Column(name = "copies", nullable = false)
    private int copies;

    protected RequiredPaper() {
        // for JPA
    }

    public RequiredPaper(String name, int originals, int copies) {
        this.name = Texts.required(name, "papers.name", 1000);
        if (originals < 0 || copies < 0 || originals + copies == 0) {
            throw new InvalidRequestException("papers.copies", "A paper needs at least one original or copy",
                    "Mỗi thành phần hồ sơ cần ít nhất một bản chính hoặc bản sao");
        }
        this.originals = originals;
        this.copies = copies;
    }

    public String name() {
        return name;
    }

    public int originals() {
        return originals;
    }

    public int copies() {
        return copies;
    }
}
