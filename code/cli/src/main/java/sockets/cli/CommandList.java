package sockets.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;

/**
 * The commands in {@code ./workbook --help}, grouped by who uses them: the package a command's
 * class is in says it (students, teachers, tools). Each is the command's synopsis and its
 * description, as the command's own help shows them.
 */
final class CommandList implements IHelpSectionRenderer {

    static final String KEY = "workbookCommands";

    /** The synopsis column: as wide as "hint NN [EXERCISE] [--all]" and a space or two. */
    private static final int WIDTH = 28;

    private static final LinkedHashMap<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("sockets.cli.students", "for students:");
        GROUPS.put("sockets.cli.teachers", "for teachers:");
        GROUPS.put("sockets.cli.tools", "tools:");
    }

    /** Picocli's sections, with this list in place of its flat one. */
    static List<String> sectionKeys(CommandLine commandLine) {
        var keys = new ArrayList<>(commandLine.getHelpSectionKeys());
        keys.set(keys.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST), KEY);
        keys.remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING);
        return keys;
    }

    @Override
    public String render(Help help) {
        var text = new StringBuilder();
        GROUPS.forEach((pkg, heading) -> {
            text.append(heading).append('\n');
            help.subcommands().forEach((name, command) -> {
                var spec = command.commandSpec();
                if (spec.userObject().getClass().getPackageName().equals(pkg)) {
                    var synopsis = String.join(" ", spec.usageMessage().customSynopsis()).replace("./workbook ", "");
                    text.append(entry(synopsis, spec.usageMessage().description()));
                }
            });
        });
        return text.toString();
    }

    /** Synopsis and description side by side; a long synopsis gets a line of its own. */
    private static String entry(String synopsis, String[] description) {
        var text = new StringBuilder();
        var lines = new ArrayList<>(List.of(description));
        if (synopsis.length() >= WIDTH || lines.isEmpty()) {
            text.append("  ").append(synopsis).append('\n');
        } else {
            text.append("  %-28s%s%n".formatted(synopsis, lines.removeFirst()));
        }
        lines.forEach(line -> text.append("  %28s%s%n".formatted("", line)));
        return text.toString();
    }
}
