package com.rentcar.management.domain;

/** Text people can read and the store can keep: no control characters, no broken (unpaired) UTF-16 surrogates. */
final class PrintableText {

    private PrintableText() {
    }

    static void require(String field, String value) {
        boolean printable = value.codePoints().noneMatch(c -> {
            int type = Character.getType(c);
            return type == Character.CONTROL || type == Character.SURROGATE;
        });
        if (!printable) {
            throw new InvalidCarDetails(field, "must not contain control characters or broken characters");
        }
    }
}
