package sockets.exercises;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two short source files (an exercise is a page or two), from their longest
 * common subsequence of lines: what {@code diff -u} prints, without needing diff installed.
 */
public final class SourceDiff {

    private static final int CONTEXT = 2;

    private SourceDiff() {
    }

    public static String of(List<String> before, List<String> after, String beforeName, String afterName) {
        // lcs[i][j]: the longest common subsequence of before[i..] and after[j..]
        var lcs = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                lcs[i][j] = before.get(i).strip().equals(after.get(j).strip())
                        ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        record Line(char mark, String text, int beforeLine, int afterLine) {
        }
        var lines = new ArrayList<Line>();
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            if (i < before.size() && j < after.size() && before.get(i).strip().equals(after.get(j).strip())) {
                lines.add(new Line(' ', after.get(j), i++, j++));
            } else if (j < after.size() && (i == before.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                lines.add(new Line('+', after.get(j), i, j++));
            } else {
                lines.add(new Line('-', before.get(i), i++, j));
            }
        }
        var out = new StringBuilder();
        int k = 0;
        while (k < lines.size()) {
            if (lines.get(k).mark() == ' ') {
                k++;
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            // a hunk runs on while the next change is within twice the context
            while (end < lines.size()) {
                int next = end;
                while (next < lines.size() && lines.get(next).mark() == ' ') {
                    next++;
                }
                if (next == lines.size() || next - end > 2 * CONTEXT) {
                    end = Math.min(lines.size(), end + CONTEXT);
                    break;
                }
                end = next + 1;
                while (end < lines.size() && lines.get(end).mark() != ' ') {
                    end++;
                }
            }
            if (out.isEmpty()) {
                out.append("--- ").append(beforeName).append('\n').append("+++ ").append(afterName).append('\n');
            }
            var first = lines.get(start);
            out.append("@@ -").append(first.beforeLine() + 1).append(" +").append(first.afterLine() + 1).append(" @@\n");
            for (int h = start; h < end; h++) {
                out.append(lines.get(h).mark()).append(lines.get(h).text()).append('\n');
            }
            k = end;
        }
        return out.isEmpty() ? "  (no difference but blank space)\n" : out.toString();
    }
}
