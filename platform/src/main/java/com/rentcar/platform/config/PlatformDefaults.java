package com.rentcar.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Settings every service shares (durable producer, strict JSON, probes, graceful shutdown), added
 * with the lowest precedence so a service's own application.yml or the environment can override any.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    private static final String LOCATION = "rentcar-platform-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            for (var source : new YamlPropertySourceLoader().load("rentcar-platform-defaults", new ClassPathResource(LOCATION))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOCATION, e);
        }
    }
}
