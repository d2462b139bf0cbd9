package sockets.cli.tools;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * A tool's own usage text (code/wire's, code/loadgen's) as its command's {@code --help}: the
 * tool parses its arguments itself, so its options are described once, beside that parser. The
 * text takes the place of the command's description in its help; ./workbook --help keeps the
 * short description. The text's first line is left out when it is the command's synopsis.
 */
final class ToolHelp {

    private ToolHelp() {
    }

    static void describe(CommandSpec spec, String... usages) {
        var synopsis = "usage: " + String.join(" ", spec.usageMessage().customSynopsis()) + "\n";
        var text = String.join("", usages);
        var body = text.startsWith(synopsis) ? text.substring(synopsis.length()) : text;
        spec.usageMessage().sectionMap().put(UsageMessageSpec.SECTION_KEY_DESCRIPTION, help -> body);
    }
}
