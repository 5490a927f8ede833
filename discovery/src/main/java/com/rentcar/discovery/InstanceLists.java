package com.rentcar.discovery;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.core.env.Environment;

/**
 * Where each service's instances are, for Spring Cloud LoadBalancer (round robin over them).
 *
 * <p>Locally, {@code ./rentcar scale} and {@code ./rentcar rollout} keep one file per scaled service in
 * {@code rentcar.instances-dir} — one base URL a line, the instances that are ready — and take an instance out of it
 * before stopping it, as Kubernetes takes a pod out of a Service's endpoints. The file is read again whenever it
 * changes. Without a file (one instance, or on Kubernetes where the Service balances) the one instance is
 * {@code rentcar.services.<name>}.
 */
public final class InstanceLists {

    /** The property naming the runner's directory of instance lists (env {@code RENTCAR_INSTANCES_DIR}). */
    public static final String DIRECTORY_PROPERTY = "rentcar.instances-dir";

    private final Environment environment;
    private final Path directory;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    public InstanceLists(Environment environment) {
        this.environment = environment;
        var directory = environment.getProperty(DIRECTORY_PROPERTY, "");
        this.directory = directory.isBlank() ? null : Path.of(directory);
    }

    /** The instances of a service that take traffic now. */
    public List<ServiceInstance> instancesOf(String serviceId) {
        var file = directory == null ? null : directory.resolve(serviceId);
        var modified = file == null ? null : lastModified(file);
        var cached = known.get(serviceId);
        if (cached != null && Objects.equals(cached.modified, modified)) {
            return cached.instances;
        }
        var instances = read(serviceId, file, modified);
        known.put(serviceId, new Known(modified, instances));
        return instances;
    }

    /** When a service's list was last written, or null when it has none (the service is not scaled). */
    private static FileTime lastModified(Path file) {
        // this runs on every call to another service, and most services are never scaled: exists() asks without
        // throwing, where reading the time of a missing file cost a NoSuchFileException and its stack trace
        // (2 % of reservation's CPU under load)
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null; // removed since
        }
    }

    private List<ServiceInstance> read(String serviceId, Path file, FileTime modified) {
        List<String> urls;
        if (modified != null) {
            try {
                urls = Files.readAllLines(file).stream().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            } catch (IOException e) {
                urls = List.of();
            }
        } else {
            var url = environment.getProperty("rentcar.services." + serviceId);
            urls = url == null ? List.of() : List.of(url);
        }
        return urls.stream().<ServiceInstance>map(url -> {
            var uri = URI.create(url);
            return new DefaultServiceInstance(serviceId + "@" + uri.getHost() + ":" + uri.getPort(), serviceId,
                    uri.getHost(), uri.getPort(), "https".equals(uri.getScheme()));
        }).toList();
    }

    private record Known(FileTime modified, List<ServiceInstance> instances) {
    }
}
