package com.rentcar.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** A problem about to be written: status, human detail, extension members and extra headers. */
public record ProblemResponse(HttpStatus status, String detail, Map<String, Object> extensions, HttpHeaders headers) {

    public static ProblemResponse of(HttpStatus status, String detail) {
        return new ProblemResponse(status, detail, Map.of(), new HttpHeaders());
    }

    public ProblemResponse withExtension(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new ProblemResponse(status, detail, Map.copyOf(more), headers);
    }

    public ProblemResponse withHeader(String name, String value) {
        HttpHeaders more = new HttpHeaders();
        more.addAll(headers);
        more.set(name, value);
        return new ProblemResponse(status, detail, extensions, more);
    }
}
