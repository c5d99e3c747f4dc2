package io.zongshu.common;

import java.util.List;
import java.util.regex.Pattern;

/** Checks of path and query parameters; a bad one is a 400 naming the parameter. */
public final class Params {
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private Params() {
    }

    /** A four-digit year such as 2021. */
    public static int year(String name, String value) {
        if (value == null || !YEAR.matcher(value).matches()) {
            throw ApiException.invalidParameter(name, "must be a four-digit year such as 2021");
        }
        return Integer.parseInt(value);
    }

    /** Whether {@code value} is a code: letters, digits, '.', '_' and '-', at most 100 characters. */
    public static boolean isCode(String value) {
        return value != null && CODE.matcher(value).matches();
    }

    /** A code made of letters, digits, '.', '_' and '-', at most 100 characters. */
    public static String code(String name, String value) {
        if (!isCode(value)) {
            throw ApiException.invalidParameter(name,
                    "must be a code of letters, digits, '.', '_' or '-' (at most 100 characters)");
        }
        return value;
    }

    /** A positive whole number such as a submission id. */
    public static long id(String name, String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidParameter(name, "must be a positive whole number");
    }

    public static int intInRange(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidParameter(name, "must be a whole number from " + min + " to " + max);
    }

    /** A boolean query flag: true or false. */
    public static boolean flag(String name, String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ApiException.invalidParameter(name, "must be true or false");
    }

    public static List<String> codes(String name, List<String> values) {
        return values == null ? List.of() : values.stream().map(v -> code(name, v)).distinct().toList();
    }

    public static <E extends Enum<E> & CodedEnum> E codedEnum(String name, String value, Class<E> type) {
        return CodedEnum.fromCode(type, value).orElseThrow(() -> ApiException.invalidParameter(name,
                "must be one of " + java.util.Arrays.stream(type.getEnumConstants()).map(CodedEnum::code).toList()));
    }
}
