package sockets.exercises;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Just enough of a JSON parser to read a grade back (report's saved students, tests): objects, arrays, strings, numbers, literals. */
public final class Json {

    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    public static Object parse(String text) {
        var json = new Json(text);
        var value = json.value();
        json.blank();
        if (json.at != text.length()) {
            throw new IllegalArgumentException("text after the value at " + json.at);
        }
        return value;
    }

    private Object value() {
        blank();
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't', 'f', 'n' -> literal();
            default -> number();
        };
    }

    private Map<String, Object> object() {
        var map = new LinkedHashMap<String, Object>();
        expect('{');
        blank();
        if (text.charAt(at) == '}') {
            at++;
            return map;
        }
        do {
            blank();
            var key = string();
            blank();
            expect(':');
            if (map.put(key, value()) != null) {
                throw new IllegalArgumentException("key twice: " + key);
            }
            blank();
        } while (text.charAt(at++) == ',');
        if (text.charAt(at - 1) != '}') {
            throw new IllegalArgumentException("no } at " + at);
        }
        return map;
    }

    private List<Object> array() {
        var list = new ArrayList<Object>();
        expect('[');
        blank();
        if (text.charAt(at) == ']') {
            at++;
            return list;
        }
        do {
            list.add(value());
            blank();
        } while (text.charAt(at++) == ',');
        if (text.charAt(at - 1) != ']') {
            throw new IllegalArgumentException("no ] at " + at);
        }
        return list;
    }

    private String string() {
        expect('"');
        var out = new StringBuilder();
        for (char c = text.charAt(at++); c != '"'; c = text.charAt(at++)) {
            if (c < 0x20) {
                throw new IllegalArgumentException("a control character in a string at " + at);
            }
            if (c == '\\') {
                char e = text.charAt(at++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    case '"', '\\', '/' -> out.append(e);
                    default -> throw new IllegalArgumentException("bad escape \\" + e);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private Object literal() {
        for (var word : List.of("true", "false", "null")) {
            if (text.startsWith(word, at)) {
                at += word.length();
                return word.equals("null") ? null : Boolean.valueOf(word);
            }
        }
        throw new IllegalArgumentException("not a value at " + at);
    }

    private Double number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return Double.valueOf(text.substring(start, at));
    }

    private void expect(char c) {
        if (text.charAt(at++) != c) {
            throw new IllegalArgumentException("expected " + c + " at " + (at - 1));
        }
    }

    private void blank() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
