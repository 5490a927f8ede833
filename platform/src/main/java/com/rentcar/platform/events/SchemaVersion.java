package com.rentcar.platform.events;

/**
 * {@code major.minor} of an event's payload schema. A minor step only adds optional fields, so a
 * consumer written for 1.0 reads 1.3; a major step breaks readers, who must refuse it.
 */
public record SchemaVersion(int major, int minor) {

    public static SchemaVersion parse(String text) {
        if (text == null || !text.matches("\\d{1,4}\\.\\d{1,4}")) {
            throw new MalformedEventException("schemaversion must look like 1.0, was " + text);
        }
        var dot = text.indexOf('.');
        return new SchemaVersion(Integer.parseInt(text.substring(0, dot)), Integer.parseInt(text.substring(dot + 1)));
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
