package io.zongshu.common;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.Optional;

/** An enum with a stable lower-case code, used in JSON, in the database and in query parameters. */
public interface CodedEnum {

    @JsonValue
    String code();

    static <E extends Enum<E> & CodedEnum> Optional<E> fromCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    /** Stores the enum by its code; each enum declares a concrete subclass for JPA. */
    abstract class Converter<E extends Enum<E> & CodedEnum> implements AttributeConverter<E, String> {
        private final Class<E> type;

        protected Converter(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(E value) {
            return value == null ? null : value.code();
        }

        @Override
        public E convertToEntityAttribute(String code) {
            if (code == null) {
                return null;
            }
            return fromCode(type, code).orElseThrow(
                    () -> new IllegalStateException("Unknown " + type.getSimpleName() + " code in database: " + code));
        }
    }
}
