package vn.lienthong.web.console;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SvgChartTest {

    @Test
    void drawsOneBarPerSeriesAndGroupScaledToTheLargestValue() {
        String svg = SvgChart.bars("Văn bản", List.of("01/12", "02/12"),
                List.of(new SvgChart.Series("Đã gửi", "#111", List.of(10L, 5L)),
                        new SvgChart.Series("Bị từ chối", "#222", List.of(0L, 10L))));
        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("role=\"img\"", "<title>Văn bản</title>");
        assertThat(svg.split("<rect ", -1)).as("four bars and two legend keys").hasSize(1 + 4 + 2);
        assertThat(svg).contains("height=\"156.0\"", "height=\"78.0\"", "height=\"0.0\"");
        assertThat(svg).contains("<title>02/12 · Bị từ chối: 10</title>");
    }

    @Test
    void escapesEveryTextItWrites() {
        String svg = SvgChart.bars("a<b>&\"c'", List.of("<script>"), List.of(new SvgChart.Series("x&y", "red\"", List.of(1L))));
        assertThat(svg).doesNotContain("<script>", "a<b>", "red\"\"").contains("a&lt;b&gt;&amp;&quot;c&#39;", "&lt;script&gt;", "x&amp;y");
    }

    @Test
    void anEmptyChartIsStillAValidPicture() {
        assertThat(SvgChart.bars("none", List.of(), List.of())).startsWith("<svg").endsWith("</svg>");
    }
}
