package sockets.ch16;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * What real clients send on their own before the user's first command: {@code redis-cli} asks
 * {@code COMMAND DOCS} for its hints, {@code redis-benchmark} asks {@code CONFIG GET save} and
 * {@code CONFIG GET appendonly}. Answered as a Redis would, so that both work as against Redis.
 */
final class ServerCommands {

    private ServerCommands() {
    }

    /**
     * COMMAND, COMMAND COUNT, COMMAND INFO name... {@code COMMAND DOCS} gets the error Redis
     * before 7.0 gave, an unknown subcommand: redis-cli then builds its hints from the help it
     * carries. An empty list would be worse: redis-cli would believe there are no commands.
     */
    static void command(List<byte[]> args, Replies out) {
        var sub = args.size() == 1 ? "" : word(args.get(1));
        switch (sub) {
            case "" -> {
                out.array(Command.values().length);
                for (var command : Command.values()) {
                    command.describe(out);
                }
            }
            case "COUNT" -> out.integer(Command.values().length);
            case "INFO" -> {
                out.array(args.size() - 2);
                for (var name : args.subList(2, args.size())) {
                    var command = Command.named(new String(name, ISO_8859_1));
                    if (command == null) {
                        out.nil();
                    } else {
                        command.describe(out);
                    }
                }
            }
            default -> out.error("ERR unknown subcommand '" + new String(args.get(1), ISO_8859_1)
                    + "'. Try COMMAND HELP.");
        }
    }

    /** CONFIG GET pattern...: the few settings clients ask for, in Redis's names and units. */
    static void config(List<byte[]> args, Limits limits, Replies out) {
        if (!word(args.get(1)).equals("GET") || args.size() < 3) {
            out.error("ERR unknown subcommand or wrong number of arguments for '"
                    + new String(args.get(1), ISO_8859_1) + "'. Try CONFIG HELP.");
            return;
        }
        var settings = new LinkedHashMap<String, String>();
        settings.put("save", "");                  // no snapshots: the data lives in memory only
        settings.put("appendonly", "no");          // and no log of writes either
        settings.put("maxclients", String.valueOf(limits.maxClients()));
        settings.put("maxmemory", String.valueOf(limits.maxMemory()));
        settings.put("timeout", String.valueOf(limits.idle().toSeconds()));
        settings.put("proto-max-bulk-len", String.valueOf(limits.maxBulk()));
        var found = new ArrayList<String>();
        for (var pattern : args.subList(2, args.size())) {
            // Redis matches names whatever their case: CONFIG GET SAVE finds save.
            var glob = new Glob(new String(pattern, ISO_8859_1).toLowerCase(Locale.ROOT).getBytes(ISO_8859_1));
            settings.forEach((name, value) -> {
                if (glob.matches(name) && !found.contains(name)) {
                    found.add(name);
                }
            });
        }
        out.array(2 * found.size());
        for (var name : found) {
            out.bulk(name);
            out.bulk(settings.get(name));
        }
    }

    private static String word(byte[] bytes) {
        return new String(bytes, ISO_8859_1).toUpperCase(Locale.ROOT);
    }
}
