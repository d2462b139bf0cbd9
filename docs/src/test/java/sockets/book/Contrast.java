package sockets.book;

/** WCAG 2's contrast ratio of two colours written #RRGGBB: 1 (the same) to 21 (black on white). */
final class Contrast {

    private Contrast() {
    }

    static double ratio(String oneColour, String other) {
        double a = luminance(oneColour), b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** The relative luminance of #RRGGBB, 0 black to 1 white. */
    static double luminance(String hex) {
        var rgb = Integer.parseInt(hex.substring(1, 7), 16);
        double[] weights = {0.2126, 0.7152, 0.0722};
        double luminance = 0;
        for (int i = 0; i < 3; i++) {
            double v = ((rgb >> (16 - 8 * i)) & 0xff) / 255.0;
            luminance += weights[i] * (v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
        }
        return luminance;
    }
}
