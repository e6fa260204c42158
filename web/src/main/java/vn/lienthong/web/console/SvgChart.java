package vn.lienthong.web.console;

import java.util.List;
import java.util.Locale;

/**
 * A grouped bar chart written as inline SVG on the server: the console loads no script and no
 * resource from anywhere else (the hub's networks often reach no CDN). Each group is one label
 * on the x axis with one bar per series; the chart carries a title for screen readers, and the
 * page shows the same figures in a table beside it.
 */
public final class SvgChart {

    /** One series: its name in the legend, its CSS colour, one value per group. */
    public record Series(String name, String colour, List<Long> values) {
    }

    private static final int WIDTH = 720;
    private static final int HEIGHT = 220;
    private static final int LEFT = 40;
    private static final int BOTTOM = 40;
    private static final int TOP = 24;

    private SvgChart() {
    }

    public static String bars(String title, List<String> groups, List<Series> series) {
        long max = series.stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).max().orElse(0);
        long top = Math.max(1, max);
        int plotHeight = HEIGHT - BOTTOM - TOP;
        double groupWidth = groups.isEmpty() ? 0 : (WIDTH - LEFT - 10.0) / groups.size();
        double barWidth = series.isEmpty() ? 0 : Math.max(1, (groupWidth - 4) / series.size());
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" aria-label=\"").append(escape(title)).append("\">")
                .append("<title>").append(escape(title)).append("</title>");
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(HEIGHT - BOTTOM).append("\" x2=\"").append(WIDTH)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#555\"/>");
        svg.append("<text x=\"2\" y=\"").append(TOP + 4).append("\" font-size=\"11\">").append(max).append("</text>");
        svg.append("<text x=\"2\" y=\"").append(HEIGHT - BOTTOM).append("\" font-size=\"11\">0</text>");
        for (int g = 0; g < groups.size(); g++) {
            double x0 = LEFT + g * groupWidth + 2;
            for (int s = 0; s < series.size(); s++) {
                long v = series.get(s).values().get(g);
                double h = (double) v * plotHeight / top;
                svg.append("<rect x=\"").append(format(x0 + s * barWidth)).append("\" y=\"")
                        .append(format(HEIGHT - BOTTOM - h)).append("\" width=\"").append(format(Math.max(1, barWidth - 1)))
                        .append("\" height=\"").append(format(h)).append("\" fill=\"").append(escape(series.get(s).colour()))
                        .append("\"><title>").append(escape(groups.get(g) + " · " + series.get(s).name() + ": " + v))
                        .append("</title></rect>");
            }
            if (groups.size() <= 16 || g % 2 == 0) {
                svg.append("<text x=\"").append(format(x0 + groupWidth / 2)).append("\" y=\"").append(HEIGHT - BOTTOM + 14)
                        .append("\" font-size=\"10\" text-anchor=\"middle\">").append(escape(groups.get(g))).append("</text>");
            }
        }
        double lx = LEFT;
        for (Series s : series) {
            svg.append("<rect x=\"").append(format(lx)).append("\" y=\"").append(HEIGHT - 14)
                    .append("\" width=\"10\" height=\"10\" fill=\"").append(escape(s.colour())).append("\"/>")
                    .append("<text x=\"").append(format(lx + 14)).append("\" y=\"").append(HEIGHT - 5)
                    .append("\" font-size=\"11\">").append(escape(s.name())).append("</text>");
            lx += 30 + 7 * s.name().length();
        }
        return svg.append("</svg>").toString();
    }

    private static String format(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
