package com.rentcar.mypage.adapter.web;

import static com.rentcar.mypage.adapter.web.MyPageController.MY_PAGE;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import com.rentcar.platform.security.EndpointAccess;

/** A customer reads their own page; an admin reads anyone's; nothing else under {@code /api/mypage}. */
@Configuration(proxyBeanMethods = false)
class MyPageAccess {

    @Bean
    EndpointAccess myPageEndpointRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, MY_PAGE).hasRole("CUSTOMER")
                .requestMatchers(HttpMethod.GET, MY_PAGE + "/*").hasRole("ADMIN")
                .requestMatchers(MY_PAGE, MY_PAGE + "/**").denyAll();
    }
}
