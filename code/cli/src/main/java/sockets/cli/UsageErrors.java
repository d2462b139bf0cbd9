package sockets.cli;

import java.io.PrintStream;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** A command line picocli cannot parse: one sentence on stderr, and the usage status, no help dump. */
record UsageErrors(PrintStream err) implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        err.println(sentence(e));
        return Workbook.USAGE;
    }

    private static String sentence(ParameterException e) {
        var command = e.getCommandLine();
        var name = command.getCommandSpec().qualifiedName();
        if (e instanceof UnmatchedArgumentException unmatched && command.getParent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().getFirst().startsWith("-")) {
            var suggestions = unmatched.getSuggestions();
            return "Unknown command '" + unmatched.getUnmatched().getFirst() + "'"
                    + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?")
                    + (suggestions.isEmpty() ? ";" : "") + " ./workbook --help lists the commands.";
        }
        var message = e.getMessage().strip();
        return message + (message.endsWith(".") ? "" : ".") + " " + name + " --help says how to use it.";
    }

    /** The sentence for a usage error a command finds itself (a chapter, a program that does not exist). */
    static int print(PrintStream err, String sentence) {
        err.println(sentence);
        return Workbook.USAGE;
    }
}
