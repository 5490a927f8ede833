package com.rentcar.mypage.adapter.streams;

import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * Where other instances reach this one for pages it keeps ({@code application.server}): the configured host and
 * the port the web server actually listens on. The web server starts before the stream, so the address is known
 * when the stream joins its group.
 */
final class AdvertisedAddress implements ApplicationListener<WebServerInitializedEvent> {

    private final StreamsBuilderFactoryBean streams;
    private final String host;
    private volatile HostInfo self;

    AdvertisedAddress(StreamsBuilderFactoryBean streams, String host) {
        this.streams = streams;
        this.host = host;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            return; // a separate management server, not the API
        }
        var address = new HostInfo(host, event.getWebServer().getPort());
        var configuration = streams.getStreamsConfiguration();
        configuration.put(StreamsConfig.APPLICATION_SERVER_CONFIG, address.host() + ":" + address.port());
        streams.setStreamsConfiguration(configuration);
        self = address;
    }

    /** This instance's address, or {@code null} before the web server listens. */
    HostInfo self() {
        return self;
    }
}
