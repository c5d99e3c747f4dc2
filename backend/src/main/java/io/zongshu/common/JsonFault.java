package io.zongshu.common;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with unreadable JSON, in words for the person who wrote it: the parser's own messages
 * name its internals (source descriptions, "start marker", character codes) and are not repeated.
 */
final class JsonFault {
    private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.{1,40}?)'");

    private JsonFault() {
    }

    static String describe(StreamReadException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException) {
            return "it ends too early (a closing ], } or \" is missing)";
        }
        Matcher unexpected = UNEXPECTED.matcher(original);
        if (unexpected.find()) {
            return "the character " + unexpected.group(1) + " is not expected here"
                    + (original.contains("double-quote") ? " (names and texts are written in double quotes)" : "");
        }
        Matcher token = TOKEN.matcher(original);
        if (token.find()) {
            return token.group(1) + " is not a JSON value (texts are written in double quotes; true, false, null"
                    + " and numbers without)";
        }
        if (original.startsWith("Duplicate field")) {
            return original.replaceAll("\\s+", " ").strip() + ": a field may appear only once in an object";
        }
        if (original.startsWith("Illegal unquoted character")) {
            return "a text contains a control character such as a line break (write it as \\n)";
        }
        if (original.startsWith("Invalid UTF-8")) {
            return "it is not UTF-8 text";
        }
        if (original.startsWith("Unexpected end-of-input")) {
            return "it ends too early (a closing ], } or \" is missing)";
        }
        if (original.contains("Leading zeroes") || original.contains("Non-standard token")
                || original.contains("Invalid numeric value")) {
            return "a number is not written as JSON writes numbers (e.g. 12, 0.5, -3)";
        }
        return "its syntax is broken";
    }
}
