package vn.lienthong.reporting;

/**
 * A text people read, in Vietnamese and English (names of regimes and indicators, messages of
 * validation rules). Vietnamese is required; English falls back to it.
 */
public record Text(String vi, String en) {

    public static final int MAX_LENGTH = 1000;

    public Text {
        if (vi == null || vi.isBlank()) {
            throw new InvalidRegimeException("vi", "A Vietnamese text is required", "Cần nội dung tiếng Việt");
        }
        vi = vi.strip();
        en = en == null || en.isBlank() ? vi : en.strip();
        if (vi.length() > MAX_LENGTH || en.length() > MAX_LENGTH) {
            throw new InvalidRegimeException(vi.length() > MAX_LENGTH ? "vi" : "en",
                    "A text is at most " + MAX_LENGTH + " characters long", "Nội dung dài tối đa " + MAX_LENGTH + " ký tự");
        }
    }

    public static Text of(String vi, String en) {
        return new Text(vi, en);
    }
}
