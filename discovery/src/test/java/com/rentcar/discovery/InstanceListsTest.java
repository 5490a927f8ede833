package com.rentcar.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.mock.env.MockEnvironment;

class InstanceListsTest {

    @TempDir
    Path lists;

    private final MockEnvironment environment = new MockEnvironment()
            .withProperty("rentcar.services.payment", "http://payment:8084");

    @Test
    void without_a_list_the_one_instance_is_the_configured_url() {
        var instances = new InstanceLists(environment);

        assertThat(instances.instancesOf("payment")).extracting(ServiceInstance::getUri).map(Object::toString)
                .containsExactly("http://payment:8084");
        assertThat(instances.instancesOf("rental")).isEmpty();
    }

    @Test
    void a_scaled_service_is_every_url_in_its_list_read_again_when_the_list_changes() throws IOException {
        var instances = new InstanceLists(environment.withProperty(InstanceLists.DIRECTORY_PROPERTY, lists.toString()));
        var list = lists.resolve("payment");
        Files.writeString(list, "http://localhost:8084\n\nhttp://localhost:8184\n");
        Files.setLastModifiedTime(list, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));

        assertThat(instances.instancesOf("payment")).extracting(ServiceInstance::getPort).containsExactly(8084, 8184);

        Files.writeString(list, "http://localhost:8184\n");
        Files.setLastModifiedTime(list, FileTime.from(Instant.parse("2026-01-01T00:00:01Z")));
        assertThat(instances.instancesOf("payment")).extracting(ServiceInstance::getPort).containsExactly(8184);

        Files.delete(list);
        assertThat(instances.instancesOf("payment")).extracting(ServiceInstance::getHost).containsExactly("payment");
    }
}
